import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import { isCommunityStaff } from '../../../server/people/staff'

/** Guard: the caller reviews applications of the community the application belongs to (admins: any). */
export const applicationReviewer = defineGuard(
  "social worker of the application's community",
  async ({ db, user }, id) => {
    const app = await db.selectFrom('role_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!app) return refuse('NOT_FOUND', '申请不存在')
    if (!isCommunityStaff(user, app.community_id)) refuse('FORBIDDEN', '只能审核本社区的申请')
    return app
  },
)

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
