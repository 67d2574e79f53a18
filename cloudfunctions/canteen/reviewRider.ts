import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { riderReviewer } from './domain/access'
import { presentVerification, VERIFICATION_COLUMNS } from './domain/verification'

/**
 * A social worker approves (rider price from now on) or rejects with a reason; the rider is told.
 * The photo has served its purpose once reviewed and is deleted (it shows a personal ID). Audited
 * like every review (user.reviewApplication for enterprises and experts).
 */
export const reviewRider = handler('canteen', 'reviewRider', {
  access: riderReviewer('verificationId', { roles: ['social_worker', 'admin'] }),
  async run(ctx, { approve, reason }) {
    const { db, user, now, target: v } = ctx
    if (v.status !== 'pending') refuse('CONFLICT', '这条申请已审核')
    if (!approve && !reason) refuse('BAD_REQUEST', '驳回时请填写原因，骑手会看到')
    await db
      .updateTable('rider_verifications')
      .set({
        status: approve ? 'approved' : 'rejected',
        reason: reason ?? null,
        reviewed_by: user.id,
        reviewed_at: now,
        photo: null,
      })
      .where('id', '=', v.id)
      .execute()
    if (approve) await db.updateTable('users').set({ rider_verified_at: now }).where('id', '=', v.user_id).execute()
    await audit(ctx, {
      actorId: user.id,
      action: approve ? 'rider.approve' : 'rider.reject',
      subject: { type: 'rider_verification', id: v.id },
      communityId: v.community_id,
      before: { status: v.status, riderId: v.user_id },
      after: { status: approve ? 'approved' : 'rejected', reason: reason ?? null },
    })
    await notify(ctx, {
      userId: v.user_id,
      kind: 'rider_verification',
      data: { approved: approve, reason: reason ?? '' },
      page: '/subpackages/canteen/rider',
      event: `rider_verification:${v.id}`,
    })
    const row = await db
      .selectFrom('rider_verifications as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(VERIFICATION_COLUMNS)
      .where('v.id', '=', v.id)
      .executeTakeFirstOrThrow()
    return presentVerification(row)
  },
})
