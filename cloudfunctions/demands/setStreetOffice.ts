import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'

/**
 * Admins: link a community to its street office (街道), or change it. Its overdue demands escalate
 * there and the office's members may press them (逾期督办). Only a department of kind 街道. Audited.
 */
export const setStreetOffice = handler('demands', 'setStreetOffice', {
  access: ['admin'],
  async run(ctx, { communityId, departmentId }) {
    const { db, user } = ctx
    const community = await db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where('id', '=', communityId)
      .executeTakeFirst()
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    const office = await db
      .selectFrom('departments')
      .select(['id', 'name', 'kind', 'active'])
      .where('id', '=', departmentId)
      .executeTakeFirst()
    if (!office) return refuse('NOT_FOUND', '没有这个部门')
    if (office.kind !== 'street')
      refuse('BAD_REQUEST', `「${office.name}」不是街道办事处，只能关联类型为「街道」的部门`)
    if (!office.active) refuse('BAD_REQUEST', `「${office.name}」已停用，请先在部门管理中启用`)
    const before = await db
      .selectFrom('demand_street_offices as s')
      .innerJoin('departments as d', 'd.id', 's.department_id')
      .select(['d.id', 'd.name'])
      .where('s.community_id', '=', communityId)
      .forUpdate()
      .executeTakeFirst()
    if (before?.id === departmentId) return { changed: false }
    await db
      .insertInto('demand_street_offices')
      .values({ community_id: communityId, department_id: departmentId })
      .onConflict((oc) => oc.column('community_id').doUpdateSet({ department_id: departmentId }))
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'street_office.link',
      subject: { type: 'community', id: communityId },
      communityId,
      before: before ? { streetOffice: before.name } : undefined,
      after: { streetOffice: office.name },
    })
    return { changed: true }
  },
})
