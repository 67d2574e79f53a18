import { refuse } from '../../../server/core/app-error'
import { defineGuard, type Ctx, type Guard } from '../../../server/core/define-function'
import { isAdmin, socialWorkerOf, type Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'
import { canteenById } from '../../canteen/public'
import { stationById } from '../../stations/public'

// Who may see and keep what on the admin side: an admin everything; a 社工 their own community's
// people, enterprises, canteen and station staff and audit entries. Every check is a guard the
// router runs before the handler (the handler gets its verdict as ctx.target).

/** The communities an act may touch: all (null) for an admin, or these. */
export interface Reach {
  admin: boolean
  communityIds: number[] | null
}

export const reachOf = (user: Caller): Reach =>
  isAdmin(user) ? { admin: true, communityIds: null } : { admin: false, communityIds: socialWorkerOf(user) }

export const inReach = (reach: Reach, communityId: number | null | undefined) =>
  reach.communityIds === null || (communityId != null && reach.communityIds.includes(communityId))

const OUT_OF_REACH = '只能查看和管理你所在社区的内容'

/**
 * Guard: the community the input names (optional) is the caller's to see; without one, the
 * caller's whole reach. For lists and exports filtered by community.
 */
export function communityReach<K extends string>(field: K): Guard<{ [P in K]?: number }, Reach> {
  return {
    kind: 'guard',
    checks: `admin, or social worker of the community (${field}, when named; else their own)`,
    roles: ['admin', 'social_worker'],
    async resolve(ctx, input) {
      const reach = reachOf(ctx.user)
      const named = input[field]
      if (named === undefined) return reach
      if (!inReach(reach, named)) refuse('FORBIDDEN', OUT_OF_REACH)
      return { admin: reach.admin, communityIds: [named] }
    },
  }
}

/** Guard: the person the input names is in the caller's reach (their community, or held a role there). */
export const personInReach = defineGuard("admin, or social worker of the person's community", async (ctx, id) => {
  const person = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
  if (!person) return refuse('NOT_FOUND', '没有这个用户')
  const reach = reachOf(ctx.user)
  if (!reach.admin && !(await personIsInCommunities(ctx, person, reach.communityIds!))) {
    refuse('FORBIDDEN', '只能查看本社区的人员')
  }
  return { person, reach }
})

async function personIsInCommunities(
  ctx: Ctx<Caller, undefined>,
  person: { id: number; community_id: number | null },
  ids: number[],
) {
  if (ids.length === 0) return false
  if (person.community_id !== null && ids.includes(person.community_id)) return true
  const scoped = await ctx.db
    .selectFrom('user_roles')
    .select('id')
    .where('user_id', '=', person.id)
    .where('revoked_at', 'is', null)
    .where('community_id', 'in', ids)
    .executeTakeFirst()
  return Boolean(scoped)
}

/**
 * Guard for saving an enterprise: the community it is saved into, and (when editing) the one it
 * is in now, must both be the caller's. The enterprise being edited is locked.
 */
export const enterpriseEditor: Guard<{ id?: number; communityId: number }, { existing: EnterpriseRow | undefined }> = {
  kind: 'guard',
  checks: "admin, or social worker of the enterprise's community (id, when named) and of communityId",
  roles: ['admin', 'social_worker'],
  async resolve(ctx, input) {
    let existing: EnterpriseRow | undefined
    if (input.id !== undefined) {
      existing = await ctx.db
        .selectFrom('enterprises')
        .selectAll()
        .where('id', '=', input.id)
        .forUpdate()
        .executeTakeFirst()
      if (!existing) return refuse('NOT_FOUND', '没有这家企业')
      if (!isCommunityStaff(ctx.user, existing.community_id)) refuse('FORBIDDEN', OUT_OF_REACH)
    }
    if (!isCommunityStaff(ctx.user, input.communityId)) refuse('FORBIDDEN', OUT_OF_REACH)
    return { existing }
  },
}
type EnterpriseRow = import('kysely').Selectable<import('../../../server/db/schema').EnterprisesTable>

/** Guard: the canteen's community is the caller's (its counter staff are theirs to keep). */
export const canteenKeeper = defineGuard("admin, or social worker of the canteen's community", async (ctx, id) => {
  const canteen = await canteenById(ctx.db, id)
  if (!canteen) return refuse('NOT_FOUND', '没有这个餐厅')
  if (!isCommunityStaff(ctx.user, canteen.community_id)) refuse('FORBIDDEN', OUT_OF_REACH)
  return canteen
})

/** Guard: the station's community is the caller's. */
export const stationKeeper = defineGuard("admin, or social worker of the station's community", async (ctx, id) => {
  const station = await stationById(ctx.db, id)
  if (!station) return refuse('NOT_FOUND', '没有这个站点')
  if (!isCommunityStaff(ctx.user, station.community_id)) refuse('FORBIDDEN', OUT_OF_REACH)
  return { id: station.id, name: station.name, community_id: station.community_id }
})

/** Guard: a department's own members see it (their workbench); admins see every one. */
export const departmentViewer = defineGuard('admin, or member of the department', async (ctx, id) => {
  const department = await ctx.db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst()
  if (!department) return refuse('NOT_FOUND', '没有这个部门')
  const member = ctx.user.grants.some((g) => g.role === 'department' && g.departmentId === id)
  if (!isAdmin(ctx.user) && !member) refuse('FORBIDDEN', '只能查看你所在的部门')
  return department
})
