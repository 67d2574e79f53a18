import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler, type Guard } from '../../server/core/define-function'
import { isCommunityStaff } from '../../server/people/staff'

const NOT_YOURS = '只能管理你所在社区的实验室'

/** Guard: an admin, or a 社工 of the community the lab is saved into (and, when editing, of the one it is in). */
const labEditor: Guard<
  { labId?: number; communityId: number },
  { existing: { id: number; community_id: number } | undefined }
> = {
  kind: 'guard',
  checks: "admin, or social worker of the lab's community (labId, when named) and of communityId",
  roles: ['admin', 'social_worker'],
  async resolve({ db, user }, input) {
    const existing =
      input.labId === undefined
        ? undefined
        : await db
            .selectFrom('labs')
            .select(['id', 'community_id'])
            .where('id', '=', input.labId)
            .forUpdate()
            .executeTakeFirst()
    if (input.labId !== undefined && !existing) return refuse('NOT_FOUND', '实验室不存在')
    if (existing && !isCommunityStaff(user, existing.community_id)) refuse('FORBIDDEN', NOT_YOURS)
    if (!isCommunityStaff(user, input.communityId)) refuse('FORBIDDEN', NOT_YOURS)
    return { existing }
  },
}

/** Admins and the community's 社工 make or change a lab (its daily intake capacity included). Audited. */
export const saveLab = handler('lab', 'saveLab', {
  access: labEditor,
  async run(ctx, { labId, communityId, code, name, address, phone, intro, dailyCapacity }) {
    const { db, user } = ctx
    const community = await db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst()
    if (!community) refuse('NOT_FOUND', '没有这个社区')
    const clash = await db
      .selectFrom('labs')
      .select('id')
      .where('code', '=', code)
      .$if(labId !== undefined, (q) => q.where('id', '<>', labId!))
      .executeTakeFirst()
    if (clash) refuse('CONFLICT', `实验室编码 ${code} 已被使用`)
    const values = { community_id: communityId, code, name, address, phone, intro, daily_capacity: dailyCapacity }
    let id: number
    if (labId !== undefined) {
      await db.updateTable('labs').set(values).where('id', '=', labId).execute()
      // Days not yet full take the new capacity (never below what is already taken).
      await db
        .updateTable('slots')
        .set((eb) => ({ capacity: eb.fn('greatest', [eb.ref('taken'), eb.val(dailyCapacity)]) }))
        .where('kind', '=', 'lab')
        .where('owner_id', '=', labId)
        .where('starts_at', '>=', ctx.now)
        .execute()
      id = labId
    } else {
      id = (
        await db
          .insertInto('labs')
          .values({ ...values, created_at: ctx.now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    }
    await audit(ctx, {
      actorId: user.id,
      action: labId === undefined ? 'lab.create' : 'lab.update',
      subject: { type: 'lab', id },
      communityId,
      after: values,
    })
    return { labId: id, created: labId === undefined }
  },
})
