import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import type { Ctx } from '../../../server/core/define-function'
import type { Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'
import { setCanteenStaff } from '../../canteen/public'
import { setStationManager } from '../../stations/public'

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

/** Each kind of place keeps its staff in its own feature (through its public face). */
const PLACE_STAFF = { canteen: setCanteenStaff, station: setStationManager } as const

/**
 * Add or remove one person as staff of a canteen or station, audited when it changed anything
 * (one path for setCanteenStaff and setStationStaff).
 */
export async function setPlaceStaff(
  ctx: Ctx<Caller, unknown>,
  kind: keyof typeof PLACE_STAFF,
  place: { id: number; name: string; community_id: number },
  userId: number,
  staff: boolean,
) {
  const person = await staffCandidate(ctx, userId)
  if (staff && person.disabled) refuse('CONFLICT', '该账号已停用，不能设为工作人员')
  const changed = await PLACE_STAFF[kind](ctx.db, place.id, userId, staff)
  if (changed) {
    await audit(ctx, {
      actorId: ctx.user.id,
      action: `${kind}.staff.${staff ? 'add' : 'remove'}`,
      subject: { type: 'user', id: userId },
      communityId: place.community_id,
      after: { [kind]: place.name, staff },
    })
  }
  return { changed }
}
