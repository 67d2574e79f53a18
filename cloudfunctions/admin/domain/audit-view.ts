import { sql, type Transaction } from 'kysely'
import { AUDIT_ACTIONS, type AuditEntryView } from '../../../contract/admin'
import type { DB } from '../../../server/db/schema'
import { addDays, formatShanghai, shanghaiInstant } from '../../../server/time/shanghai'
import type { Reach } from './access'

export interface AuditFilters {
  actorId?: number
  action?: string
  subjectType?: string
  subjectId?: string
  communityId?: number
  from?: string
  to?: string
}

/** The audit entries matching the filters, within the caller's reach (a 社工: their communities' entries). */
export function auditQuery(db: Transaction<DB>, reach: Reach, f: AuditFilters) {
  let q = db.selectFrom('audit_log as a')
  if (reach.communityIds !== null)
    q = q.where('a.community_id', 'in', reach.communityIds.length ? reach.communityIds : [-1])
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId)
  if (f.action) {
    const action = f.action
    q = q.where((eb) =>
      eb.or([eb('a.action', '=', action), eb('a.action', 'like', `${action.replace(/[\\%_]/g, '\\$&')}.%`)]),
    )
  }
  if (f.subjectType) q = q.where('a.subject_type', '=', f.subjectType)
  if (f.subjectId) q = q.where('a.subject_id', '=', f.subjectId)
  // Days are Shanghai days: from 00:00 of `from` to 24:00 of `to`.
  if (f.from) q = q.where('a.at', '>=', shanghaiInstant(f.from))
  if (f.to) q = q.where('a.at', '<', shanghaiInstant(addDays(f.to, 1)))
  return q
}

type Row = {
  id: number | string
  at: Date | string
  actor_id: number | null
  action: string
  subject_type: string
  subject_id: string
  community_id: number | null
  before: unknown
  after: unknown
  note: string
}

const SUBJECT_TYPES: Record<string, string> = {
  user: '用户',
  community: '社区',
  grid: '网格',
  department: '部门',
  enterprise: '企业',
  canteen: '餐厅',
  station: '站点',
  application: '申请',
}

/** Entries as people read them: who (by name), what (in words), about whom or what, where. */
export async function presentAudit(db: Transaction<DB>, rows: Row[]): Promise<AuditEntryView[]> {
  const userIds = new Set<number>()
  for (const r of rows) {
    if (r.actor_id) userIds.add(r.actor_id)
    if (r.subject_type === 'user' && /^\d+$/.test(r.subject_id)) userIds.add(Number(r.subject_id))
  }
  const names = await namesOf(db, 'users', 'display_name', [...userIds])
  const communities = await namesOf(
    db,
    'communities',
    'name',
    [
      ...new Set(rows.flatMap((r) => [r.community_id, r.subject_type === 'community' ? Number(r.subject_id) : null])),
    ].filter((x): x is number => typeof x === 'number' && x > 0),
  )
  const other = async (type: 'departments' | 'enterprises' | 'grids' | 'canteens' | 'stations', subject: string) =>
    namesOf(
      db,
      type,
      'name',
      rows.filter((r) => r.subject_type === subject && /^\d+$/.test(r.subject_id)).map((r) => Number(r.subject_id)),
    )
  const byType: Record<string, Map<number, string>> = {
    user: names,
    community: communities,
    department: await other('departments', 'department'),
    enterprise: await other('enterprises', 'enterprise'),
    grid: await other('grids', 'grid'),
    canteen: await other('canteens', 'canteen'),
    station: await other('stations', 'station'),
  }
  return rows.map((r) => {
    const label = byType[r.subject_type]?.get(Number(r.subject_id))
    return {
      id: Number(r.id),
      at: formatShanghai(new Date(r.at)),
      actor: r.actor_id ? (names.get(r.actor_id) ?? `用户 #${r.actor_id}`) : '系统',
      action: r.action,
      actionLabel: AUDIT_ACTIONS[r.action] ?? r.action,
      subject: `${SUBJECT_TYPES[r.subject_type] ?? r.subject_type} ${label ? `${label}（#${r.subject_id}）` : `#${r.subject_id}`}`,
      community: r.community_id ? (communities.get(r.community_id) ?? null) : null,
      before: r.before === null || r.before === undefined ? null : JSON.stringify(r.before),
      after: r.after === null || r.after === undefined ? null : JSON.stringify(r.after),
      note: r.note,
    }
  })
}

async function namesOf(
  db: Transaction<DB>,
  table: 'users' | 'communities' | 'departments' | 'enterprises' | 'grids' | 'canteens' | 'stations',
  column: 'display_name' | 'name',
  ids: number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await sql<{ id: number; name: string }>`select id, ${sql.ref(column)} as name from ${sql.table(table)}
    where id = any(${sql.val(ids)}::int[])`.execute(db)
  return new Map(rows.rows.map((r) => [Number(r.id), r.name]))
}

export const AUDIT_PAGE_SIZE = 30
export const AUDIT_EXPORT_MAX = 50_000
