import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { refuseForeignCloudFile } from '../../server/files/own-cloud-file'

/** A rider asks to be verified; a social worker of their community reviews it. */
export const applyRider = handler('canteen', 'applyRider', {
  access: ['rider'],
  async run({ db, user, now }, { platform, riderNo, photo }) {
    if (user.rider_verified_at) refuse('CONFLICT', '你已通过骑手认证')
    refuseForeignCloudFile(photo, user.id, '照片')
    // The community's social worker reviews it: without one, nobody could.
    if (!user.community_id) refuse('BAD_REQUEST', '请先在 我的 页面选择所在社区，再申请骑手认证')
    const pending = await db
      .selectFrom('rider_verifications')
      .select('id')
      .where('user_id', '=', user.id)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    if (pending) refuse('CONFLICT', '你的认证申请正在审核中，请耐心等待')
    await db
      .insertInto('rider_verifications')
      .values({
        user_id: user.id,
        community_id: user.community_id,
        platform,
        rider_no: riderNo.toUpperCase(),
        photo: photo ?? null,
        // The handler's clock: the rider sees when they sent it, and the usual wait is measured from it.
        created_at: now,
      })
      .execute()
    return { status: 'pending' as const }
  },
})
