import { sql, type Transaction } from 'kysely'
import { DEMAND_STATUS } from '../../../contract/demands'
import { VISIT_OVERDUE_DAYS, VISIT_STATUS, type Visit, type VisitRow } from '../../../contract/visits'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import { isAdmin, socialWorkerOf, type Caller } from '../../../server/people/roles'
import { addDays, shanghaiDate } from '../../../server/time/shanghai'
import { presentAttachment } from './attachments'

/**
 * 网格走访: who may plan and record a visit, and how a visit reads.
 * Decisions (docs/features/visits.md): any 社工 of the enterprise's community plans and records
 * visits to it (the grid's 社工 first of all, but a colleague covering a grid may too); admins
 * read visits but do not make them; a visit's day is never in the future once recorded, and a
 * planned one is never in the past.
 */

/** The enterprise the input names, for a 社工 of its community (plan, record, 代报 from a visit). */
export const visitableEnterprise = defineGuard(
  "social worker of the enterprise's community",
  async ({ db, user }, id) => {
    const mine = socialWorkerOf(user)
    if (mine.length === 0) refuse('FORBIDDEN', '只有社工可以走访企业')
    const e = await db
      .selectFrom('enterprises as e')
      .innerJoin('communities as c', 'c.id', 'e.community_id')
      .select(['e.id', 'e.name', 'e.community_id', 'e.grid_id', 'c.name as community_name'])
      .where('e.id', '=', id)
      .executeTakeFirst()
    if (!e) return refuse('NOT_FOUND', '企业不存在')
    if (!mine.includes(e.community_id)) refuse('FORBIDDEN', `只能走访本社区的企业（${e.name}属于${e.community_name}）`)
    return e
  },
)

/** A visit, for the 社工 of its community and admins (reading). */
export const visitReader = defineGuard("social worker of the visit's community, or admin", async ({ db, user }, id) => {
  const v = await db.selectFrom('visits').select(['id', 'community_id']).where('id', '=', id).executeTakeFirst()
  if (!v || !(isAdmin(user) || socialWorkerOf(user).includes(v.community_id)))
    return refuse('NOT_FOUND', '走访记录不存在或你无权查看')
  return v
})

/** Today in Shanghai, the start of its quarter and the day before which a last visit is 90+ days old. */
export function visitCalendar(now: Date) {
  const today = shanghaiDate(now)
  const [y, m] = today.split('-').map(Number)
  const q = Math.floor((m - 1) / 3)
  return {
    today,
    quarter: `${y}年第${q + 1}季度`,
    quarterStart: `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`,
    /** A last visit on or before this day is 90+ days ago. */
    overdueOnOrBefore: addDays(today, -VISIT_OVERDUE_DAYS),
  }
}

const VISIT_COLUMNS = [
  'v.id',
  'v.enterprise_id',
  'v.status',
  'v.met',
  'v.findings',
  'e.name as enterprise',
  'c.name as community',
  'g.name as grid',
  'u.display_name as worker',
] as const

export function visitQuery(db: Transaction<DB>) {
  return db
    .selectFrom('visits as v')
    .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
    .innerJoin('communities as c', 'c.id', 'v.community_id')
    .leftJoin('grids as g', 'g.id', 'v.grid_id')
    .leftJoin('users as u', 'u.id', 'v.worker_id')
    .select(VISIT_COLUMNS)
    .select([
      sql<string>`coalesce(v.visited_on, v.planned_on)::text`.as('day'),
      sql<number>`(select count(*) from demand_attachments a where a.visit_id = v.id)::int`.as('photos'),
    ])
}

type VisitQueryRow = Awaited<ReturnType<ReturnType<typeof visitQuery>['executeTakeFirstOrThrow']>>

export const presentVisitRow = (r: VisitQueryRow): VisitRow => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  enterprise: r.enterprise,
  grid: r.grid,
  community: r.community,
  status: r.status,
  statusLabel: VISIT_STATUS[r.status],
  date: r.day,
  worker: r.worker ?? '（已注销）',
  met: r.met,
  findings: r.findings,
  photos: Number(r.photos),
})

/** A visit with its photos, the demands filed from it, and what the asker may do. */
export async function presentVisit(db: Transaction<DB>, user: Caller, visitId: number): Promise<Visit> {
  const r = await visitQuery(db).select('v.community_id').where('v.id', '=', visitId).executeTakeFirstOrThrow()
  const photos = await db
    .selectFrom('demand_attachments')
    .select(['id', 'file_id', 'name', 'size', 'mime'])
    .where('visit_id', '=', visitId)
    .orderBy('id')
    .execute()
  const demands = await db
    .selectFrom('demands')
    .select(['id', 'title', 'status'])
    .where('visit_id', '=', visitId)
    .orderBy('id')
    .execute()
  const staff = socialWorkerOf(user).includes(r.community_id)
  return {
    ...presentVisitRow(r),
    photos: photos.map(presentAttachment),
    demands: demands.map((d) => ({ id: d.id, title: d.title, statusLabel: DEMAND_STATUS[d.status] })),
    can: staff ? (r.status === 'planned' ? ['record'] : ['file']) : [],
  }
}
