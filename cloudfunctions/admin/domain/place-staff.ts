import { refuse } from '../../../server/core/app-error'
import type { Ctx } from '../../../server/core/define-function'
import type { Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'

/**
 * The person being made (or unmade) staff of a place in `communityId`: they must exist and be
 * active, and a 社工 may name only people of their own community (an admin anyone).
 */
export async function staffCandidate(ctx: Ctx<Caller, unknown>, userId: number) {
  const person = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'community_id', 'disabled', 'deleted_at'])
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!person || person.deleted_at) return refuse('NOT_FOUND', '没有这个用户')
  if (person.community_id === null || !isCommunityStaff(ctx.user, person.community_id)) {
    if (!ctx.user.roles.includes('admin')) refuse('FORBIDDEN', '只能指定本社区的人员')
  }
  return person
}
