import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { normalizeCreditCode } from '../../../server/people/credit-code'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import { isCommunityStaff } from '../../../server/people/staff'

/**
 * Guard: the caller reviews applications of the community the application belongs to (admins:
 * any). A liaison application for an enterprise already on record is the enterprise's community's
 * to review, checked here when the review is made (the enterprise may have been recorded, or
 * moved, after the application was filed); the guard gives the handler that enterprise too.
 */
export const applicationReviewer = defineGuard(
  "social worker of the application's community (a liaison's: of the enterprise's community)",
  async ({ db, user }, id) => {
    const app = await db.selectFrom('role_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!app) return refuse('NOT_FOUND', '申请不存在')
    const enterprise = app.role === 'enterprise' ? await enterpriseOnRecord(db, app.details) : undefined
    if (enterprise) {
      if (!isCommunityStaff(user, enterprise.community_id))
        refuse('FORBIDDEN', `该企业在${enterprise.community}建档，只能由该社区的社工审核`)
    } else if (!isCommunityStaff(user, app.community_id)) refuse('FORBIDDEN', '只能审核本社区的申请')
    return { ...app, enterprise: enterprise ?? null }
  },
)

/** The enterprise on record with the credit code a liaison application names (locked), if any. */
async function enterpriseOnRecord(db: Transaction<DB>, details: unknown) {
  const code = (details as { creditCode?: unknown } | null)?.creditCode
  if (typeof code !== 'string') return undefined
  return db
    .selectFrom('enterprises as e')
    .innerJoin('communities as c', 'c.id', 'e.community_id')
    .select(['e.id', 'e.community_id', 'e.grid_id', 'c.name as community'])
    .where('e.credit_code', '=', normalizeCreditCode(code))
    .forUpdate()
    .executeTakeFirst()
}

/** Guard: the caller made the application (someone else's is "not found"). */
export const applicant = defineGuard('the applicant of the application', async ({ db, user }, id) => {
  const app = await db.selectFrom('role_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!app || app.user_id !== user.id) return refuse('NOT_FOUND', '申请不存在')
  return app
})

/** Guard: the caller is staff of the community the input names (its social worker, or an admin). */
export const communityStaff = defineGuard('social worker of the community', async ({ db, user }, id) => {
  const community = await db.selectFrom('communities').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!community) return refuse('NOT_FOUND', '没有这个社区')
  if (!isCommunityStaff(user, community.id)) refuse('FORBIDDEN', '只能查看本社区的人员和申请')
  return community
})
