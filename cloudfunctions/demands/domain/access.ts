import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard, type Ctx } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import {
  departmentsOf,
  enterprisesOf,
  isAdmin,
  partyGuideOf,
  socialWorkerOf,
  type Caller,
} from '../../../server/people/roles'
import { loadDemand, type LoadedDemand } from './load'

/**
 * How the caller stands to a demand. Decisions (docs/features/demands.md):
 * - the enterprise's liaisons act on its demands; liaisons of a demand merged into it follow it;
 * - the grid's social worker triages and dispatches (when the grid has none, any social worker
 *   of the community); every social worker of the community sees the community queue;
 * - a department sees only demands dispatched to it, and acts while its dispatch is live;
 * - the street office of the community (demand_street_offices) sees and presses overdue ones;
 * - admins see and triage everything.
 */
export interface Standing {
  filer: boolean
  follower: boolean
  triager: boolean
  communityStaff: boolean
  /** The caller's departments with a pending dispatch of this demand. */
  pendingDepartments: number[]
  /** The caller's departments that ever received it. */
  departments: number[]
  /** The caller acts for the department that holds it, or triages a demand the community solves itself. */
  holder: boolean
  street: boolean
  /** A 党建指导员 of the demand's community (传单). */
  guide: boolean
}

export async function standingOn(db: Transaction<DB>, user: Caller, d: LoadedDemand): Promise<Standing> {
  const mine = enterprisesOf(user)
  const filer = mine.includes(d.enterprise_id)
  let follower = false
  if (!filer && mine.length > 0) {
    const merged = await db
      .selectFrom('demands')
      .select('id')
      .where('merged_into', '=', d.id)
      .where('enterprise_id', 'in', mine)
      .executeTakeFirst()
    follower = !!merged
  }
  const communityStaff = isAdmin(user) || socialWorkerOf(user).includes(d.community_id)
  const gridHasWorker = d.grid_worker_id !== null
  const triager =
    isAdmin(user) || (gridHasWorker ? d.grid_worker_id === user.id : socialWorkerOf(user).includes(d.community_id))
  const myDepartments = departmentsOf(user)
  let departments: number[] = []
  let pendingDepartments: number[] = []
  let street = false
  if (myDepartments.length > 0) {
    const rows = await db
      .selectFrom('demand_assignments')
      .select(['department_id', 'status'])
      .where('demand_id', '=', d.id)
      .where('department_id', 'in', myDepartments)
      .execute()
    departments = [...new Set(rows.map((r) => r.department_id))]
    pendingDepartments = rows.filter((r) => r.status === 'pending').map((r) => r.department_id)
    const office = await db
      .selectFrom('demand_street_offices')
      .select('department_id')
      .where('community_id', '=', d.community_id)
      .executeTakeFirst()
    street = !!office && myDepartments.includes(office.department_id) && d.escalated_at !== null
  }
  const holder =
    d.holder_department_id !== null
      ? myDepartments.includes(d.holder_department_id)
      : d.solved_by === 'community' && triager
  const guide = partyGuideOf(user).includes(d.community_id)
  return { filer, follower, triager, communityStaff, pendingDepartments, departments, holder, street, guide }
}

export const canSee = (s: Standing) =>
  s.filer || s.follower || s.communityStaff || s.triager || s.departments.length > 0 || s.street || s.guide

export interface OnDemand {
  demand: LoadedDemand
  standing: Standing
}

async function check(
  ctx: Ctx<Caller, undefined>,
  id: number,
  ok: (s: Standing, d: LoadedDemand) => boolean,
  why: (d: LoadedDemand, s: Standing) => string,
  lock = true,
): Promise<OnDemand> {
  const demand = await loadDemand(ctx.db, id, lock)
  const standing = await standingOn(ctx.db, ctx.user, demand)
  if (!canSee(standing)) refuse('NOT_FOUND', '诉求不存在或你无权查看')
  if (!ok(standing, demand)) refuse('FORBIDDEN', why(demand, standing))
  return { demand, standing }
}

const gridWorkerOnly = (d: LoadedDemand) =>
  d.grid_name
    ? `该诉求属于${d.community_name}${d.grid_name}，只有该网格的社工可以处理`
    : `只有${d.community_name}的社工可以处理该诉求`

/** Anyone who may see the demand (read only; no lock). */
export const demandViewer = defineGuard('may see the demand', (ctx, id) =>
  check(
    ctx,
    id,
    () => true,
    () => '',
    false,
  ),
)

/** The grid's social worker (triage, dispatch, merge, solve, link). */
export const demandTriager = defineGuard("social worker of the demand's grid", (ctx, id) =>
  check(ctx, id, (s) => s.triager, gridWorkerOnly),
)

/** The grid's social worker, reading (suggested matches): no row lock. */
export const demandTriagerReading = defineGuard("social worker of the demand's grid", (ctx, id) =>
  check(ctx, id, (s) => s.triager, gridWorkerOnly, false),
)

/** A department the demand is dispatched to (accept, return). */
export const demandAssignee = defineGuard('department the demand is dispatched to', (ctx, id) =>
  check(
    ctx,
    id,
    (s) => s.departments.length > 0,
    () => '该诉求没有派给你的部门，不能接单或退回',
  ),
)

/** Whoever holds it now: the accepting department, or the community when it solves it itself. */
export const demandHolder = defineGuard('department (or community) handling the demand', (ctx, id) =>
  check(
    ctx,
    id,
    (s) => s.holder,
    (d) =>
      d.holder_department_id === null && d.solved_by !== 'community'
        ? '该诉求还没有部门接单'
        : '只有承办该诉求的部门可以操作',
  ),
)

/** Whoever asks for more information: the grid's social worker, or the department handling it. */
export const demandAsker = defineGuard('social worker of the grid or department handling the demand', (ctx, id) =>
  check(
    ctx,
    id,
    (s) => s.triager || s.holder,
    () => '只有负责网格的社工或承办部门可以请企业补充材料',
  ),
)

/** The enterprise that filed it (answer, confirm or reject closure, rate, reopen). */
export const demandFiler = defineGuard('liaison of the enterprise that filed the demand', (ctx, id) =>
  check(
    ctx,
    id,
    (s) => s.filer,
    (d) => `只有${d.enterprise_name}的企业联络员可以操作`,
  ),
)

/** 督办: the grid's social worker or the street office (for overdue ones). */
export const demandSupervisor = defineGuard(
  'social worker of the grid or street office of an overdue demand',
  (ctx, id) => check(ctx, id, (s) => s.triager || s.street, gridWorkerOnly),
)

/**
 * Who files a demand for the enterprise the input names: its liaison (企业点单), or a 社工 of the
 * enterprise's community taking it down on its behalf (代报: the action then requires a channel).
 */
export const enterpriseFiler = defineGuard(
  "liaison of the enterprise, or social worker of the enterprise's community (代报)",
  async ({ db, user }, id) => {
    const liaison = enterprisesOf(user).includes(id)
    const worker = socialWorkerOf(user)
    if (!liaison && worker.length === 0) refuse('FORBIDDEN', '只能以你联络的企业提交诉求')
    const e = await db
      .selectFrom('enterprises as e')
      .innerJoin('communities as c', 'c.id', 'e.community_id')
      .leftJoin('grids as g', 'g.id', 'e.grid_id')
      .select([
        'e.id',
        'e.name',
        'e.community_id',
        'e.grid_id',
        'c.name as community_name',
        'g.social_worker_id as grid_worker_id',
      ])
      .where('e.id', '=', id)
      .executeTakeFirst()
    if (!e) return refuse('NOT_FOUND', '企业不存在')
    if (!liaison && !worker.includes(e.community_id))
      refuse('FORBIDDEN', `只能为本社区的企业代报诉求（${e.name}属于${e.community_name}）`)
    return { ...e, liaison, onBehalf: !liaison }
  },
)

/** A 党建指导员 of the demand's community (传单). */
export const demandGuide = defineGuard("party guide of the demand's community", (ctx, id) =>
  check(
    ctx,
    id,
    (s) => s.guide,
    (d) => `只有${d.community_name}的党建指导员可以传单`,
  ),
)

/** Staff of the community the input names: its social workers, its street office, admins. */
export const communityDemandStaff = defineGuard('social worker or street office of the community', async (ctx, id) => {
  const community = await ctx.db
    .selectFrom('communities')
    .select(['id', 'name', 'district'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!community) return refuse('NOT_FOUND', '社区不存在')
  if (isAdmin(ctx.user) || socialWorkerOf(ctx.user).includes(id)) return community
  const street = await ctx.db
    .selectFrom('demand_street_offices')
    .select('department_id')
    .where('community_id', '=', id)
    .executeTakeFirst()
  if (street && departmentsOf(ctx.user).includes(street.department_id)) return community
  return refuse('FORBIDDEN', `只有${community.name}的社工可以查看或管理`)
})

/** A member of the department the input names. */
export const departmentMember = defineGuard('member of the department', async ({ db, user }, id) => {
  if (!isAdmin(user) && !departmentsOf(user).includes(id)) refuse('FORBIDDEN', '只能查看你所在部门的数据')
  const d = await db.selectFrom('departments').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!d) return refuse('NOT_FOUND', '部门不存在')
  return d
})

/** A social worker of the wish's community (matching and linking it). */
export const wishStaff = defineGuard("social worker of the wish's community", async ({ db, user }, id) => {
  const w = await db.selectFrom('wishes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!w) return refuse('NOT_FOUND', '心愿不存在')
  if (!isAdmin(user) && !socialWorkerOf(user).includes(w.community_id))
    refuse('FORBIDDEN', '只有该社区的社工可以对接心愿')
  return w
})

/**
 * Who may open an attachment: whoever may see its demand; a wish's photos are public like the wish;
 * a visit's photos, the 社工 of its community and admins.
 */
export const attachmentViewer = defineGuard('may see what the file is attached to', async (ctx, id) => {
  const a = await ctx.db.selectFrom('demand_attachments').selectAll().where('id', '=', id).executeTakeFirst()
  if (!a) return refuse('NOT_FOUND', '附件不存在')
  if (a.demand_id !== null) {
    const standing = await standingOn(ctx.db, ctx.user, await loadDemand(ctx.db, a.demand_id))
    if (!canSee(standing)) refuse('NOT_FOUND', '附件不存在或你无权查看')
  }
  // A visit's photos are the community's working record: its 社工 and admins only.
  if (a.visit_id !== null) {
    const v = await ctx.db.selectFrom('visits').select('community_id').where('id', '=', a.visit_id).executeTakeFirst()
    if (!v || !(isAdmin(ctx.user) || socialWorkerOf(ctx.user).includes(v.community_id)))
      refuse('NOT_FOUND', '附件不存在或你无权查看')
  }
  return a
})
