import { ROLE_LABELS } from '../../contract/roles'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import type { TxCtx } from '../../server/core/tx'
import { isCommunityStaff } from '../../server/people/staff'
import { notify } from '../../server/notify/queue'
import { grantRole } from '../../server/people/grants'
import { applicationReviewer } from './domain/access'
import { APPLICATION_COLUMNS, presentApplication } from './domain/applications'
import { linkEnterprise } from './domain/enterprise'
import { settlePrimaryRole } from './domain/primary-role'

/**
 * A social worker of the application's community approves or rejects it (a reason is required
 * to reject; the applicant reads it). Approving a liaison links the enterprise with that credit
 * code, or records it in the community in the grid the reviewer picks (an enterprise on record
 * without a grid gets the one picked too, so its demands reach 我的网格); the enterprise's own
 * community reviews (the guard, at review time). Then it grants 企业联络员 scoped to it; approving an expert
 * grants 专家 with the field, institution and title. Audited with before and after; the
 * applicant is told.
 */
export const reviewApplication = handler('user', 'reviewApplication', {
  access: applicationReviewer('applicationId', { roles: ['social_worker', 'admin'] }),
  async run(ctx, { approve, reason, gridId }) {
    const { db, user, now, target: app } = ctx
    if (app.status !== 'pending') refuse('CONFLICT', '这条申请已审核或已撤回')
    if (!approve && !reason) refuse('BAD_REQUEST', '驳回时请填写原因，申请人会看到')
    const applicantRow = await db
      .selectFrom('users')
      .select(['id', 'deleted_at', 'disabled'])
      .where('id', '=', app.user_id)
      .executeTakeFirstOrThrow()
    if (approve && (applicantRow.deleted_at || applicantRow.disabled))
      refuse('CONFLICT', '申请人的账号已注销或停用，不能通过')

    let enterpriseId: number | null = null
    let grantId: number | null = null
    if (approve) {
      const details = app.details as Record<string, string>
      if (app.role === 'enterprise') {
        // The enterprise's community (on record, or the application's for a new record) and the
        // grid its demands go to: picked by the reviewing 社工 among that community's grids.
        const communityId = app.enterprise?.community_id ?? app.community_id
        const needsGrid = !app.enterprise || app.enterprise.grid_id === null
        const grid = needsGrid ? await gridFor(ctx, communityId, gridId) : null
        const linked = await linkEnterprise(
          ctx,
          { name: details.name, creditCode: details.creditCode },
          app.community_id,
          grid,
          user.id,
        )
        // Recorded meanwhile by someone else (in another community): that community reviews it.
        if (!linked.created && !app.enterprise && !isCommunityStaff(user, linked.communityId))
          refuse('FORBIDDEN', '该企业已在其他社区建档，只能由该社区的社工审核')
        if (!linked.created && grid !== null) {
          const set = await db
            .updateTable('enterprises')
            .set({ grid_id: grid })
            .where('id', '=', linked.id)
            .where('grid_id', 'is', null)
            .where('community_id', '=', communityId)
            .executeTakeFirst()
          if (Number(set.numUpdatedRows))
            await audit(ctx, {
              actorId: user.id,
              action: 'enterprise.update',
              subject: { type: 'enterprise', id: linked.id },
              communityId,
              before: { gridId: null },
              after: { gridId: grid, source: 'liaison application' },
            })
        }
        enterpriseId = linked.id
      } else if (gridId !== undefined) refuse('BAD_REQUEST', '只有企业联络员的申请需要选择网格')
      const grant = await grantRole(
        ctx,
        {
          userId: app.user_id,
          role: app.role,
          enterpriseId,
          details:
            app.role === 'expert'
              ? { field: details.field, institution: details.institution, title: details.title }
              : {},
        },
        user.id,
      )
      grantId = grant.id
      await settlePrimaryRole(ctx, app.user_id)
    }
    if (!approve && gridId !== undefined) refuse('BAD_REQUEST', '驳回时不需要选择网格')
    const status = approve ? 'approved' : 'rejected'
    await db
      .updateTable('role_applications')
      .set({ status, reason: reason ?? null, reviewed_by: user.id, reviewed_at: now, enterprise_id: enterpriseId })
      .where('id', '=', app.id)
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: approve ? 'application.approve' : 'application.reject',
      subject: { type: 'role_application', id: app.id },
      communityId: app.community_id,
      before: { status: app.status, role: app.role, applicantId: app.user_id },
      after: { status, reason: reason ?? null, enterpriseId, grantId },
    })
    await notify(ctx, {
      userId: app.user_id,
      kind: 'role_application_reviewed',
      data: { role: ROLE_LABELS[app.role], approved: approve, reason: reason ?? '' },
      page: '/subpackages/user/roles',
      event: `role_application:${app.id}`,
    })
    const row = await db
      .selectFrom('role_applications as a')
      .innerJoin('communities as c', 'c.id', 'a.community_id')
      .select(APPLICATION_COLUMNS)
      .where('a.id', '=', app.id)
      .executeTakeFirstOrThrow()
    return presentApplication(row)
  },
})

/**
 * The grid the reviewer picked for the enterprise: one of its community's grids. Required when the
 * community has grids (a community with none yet records the enterprise without one).
 */
async function gridFor(ctx: TxCtx, communityId: number, gridId: number | undefined): Promise<number | null> {
  const grids = await ctx.db.selectFrom('grids').select('id').where('community_id', '=', communityId).execute()
  if (gridId === undefined) {
    if (grids.length) refuse('BAD_REQUEST', '请选择企业所在的网格，企业的诉求将派给该网格的社工')
    return null
  }
  if (!grids.some((g) => g.id === gridId)) refuse('BAD_REQUEST', '所选网格不属于该企业所在社区')
  return gridId
}
