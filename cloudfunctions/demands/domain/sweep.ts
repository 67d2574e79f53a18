import { sql } from 'kysely'
import type { TxCtx } from '../../../server/core/tx'
import { notifyAll, type Notice } from '../../../server/notify/queue'
import { formatShanghai } from '../../../server/time/shanghai'

// The feature's one timer: reminders before deadlines and the overdue sweep (escalation to the
// street office), set-based — a few statements however many demands fall due at once.

interface DueRow {
  id: number
  title: string
  community_id: number
  community_name: string
  grid_id: number | null
  grid_name: string | null
  grid_worker_id: number | null
  enterprise_id: number
  holder_department_id: number | null
  status: 'filed' | 'dispatched' | 'accepted'
  due_at: Date | string
}

const RUNNING = sql`('filed','dispatched','accepted')`

export async function sweepDemands(ctx: TxCtx): Promise<{ reminded: number; escalated: number }> {
  const reminded = await sql<DueRow>`
    with due as (
      update demands set reminded_at = ${ctx.now}
      where status in ${RUNNING} and reminded_at is null and remind_at <= ${ctx.now} and due_at > ${ctx.now}
      returning id, title, community_id, grid_id, enterprise_id, holder_department_id, status, due_at
    )
    select due.*, c.name as community_name, g.name as grid_name, g.social_worker_id as grid_worker_id
    from due join communities c on c.id = due.community_id left join grids g on g.id = due.grid_id`.execute(ctx.db)
  const escalated = await sql<DueRow>`
    with due as (
      update demands set escalated_at = ${ctx.now}, updated_at = ${ctx.now}
      where status in ${RUNNING} and escalated_at is null and due_at <= ${ctx.now}
      returning id, title, community_id, grid_id, enterprise_id, holder_department_id, status, due_at
    )
    select due.*, c.name as community_name, g.name as grid_name, g.social_worker_id as grid_worker_id
    from due join communities c on c.id = due.community_id left join grids g on g.id = due.grid_id`.execute(ctx.db)
  const all = [...reminded.rows, ...escalated.rows]
  if (all.length === 0) return { reminded: 0, escalated: 0 }

  const people = await whoIsWho(ctx, all)
  const notices: Notice<'demand_reminder' | 'demand_overdue' | 'demand_todo' | 'demand_progress'>[] = []
  const page = (id: number) => `/subpackages/demands/detail?id=${id}`
  for (const d of reminded.rows) {
    const due = formatShanghai(new Date(d.due_at))
    for (const userId of people.holders(d))
      notices.push({
        userId,
        kind: 'demand_reminder',
        data: { title: d.title, due },
        page: page(d.id),
        event: `demand:${d.id}:remind:${due}`,
      })
  }
  const events: {
    demand_id: number
    at: Date
    actor_id: null
    actor_label: string
    kind: string
    note: string
    holder_label: string
    due_at: Date | string
  }[] = []
  const audits: {
    at: Date
    actor_id: null
    action: string
    subject_type: string
    subject_id: string
    community_id: number
    before: string
    after: string
    note: string
  }[] = []
  for (const d of escalated.rows) {
    const due = formatShanghai(new Date(d.due_at))
    const office = people.office(d.community_id)
    const event = `demand:${d.id}:overdue:${due}`
    for (const userId of people.holders(d))
      notices.push({
        userId,
        kind: 'demand_overdue',
        data: { title: d.title, due, community: d.community_name },
        page: page(d.id),
        event,
      })
    for (const userId of office?.members ?? [])
      notices.push({
        userId,
        kind: 'demand_todo',
        data: { title: d.title, step: '已逾期，请督办', due },
        page: page(d.id),
        event,
      })
    for (const userId of people.liaisons(d.enterprise_id))
      notices.push({
        userId,
        kind: 'demand_progress',
        data: { title: d.title, step: '逾期，上报街道督办', note: office ? `已上报${office.name}督办` : '' },
        page: page(d.id),
        event,
      })
    events.push({
      demand_id: d.id,
      at: ctx.now,
      actor_id: null,
      actor_label: '系统',
      kind: 'escalated',
      note: office ? `超过办理时限 ${due}，已上报${office.name}督办` : `超过办理时限 ${due}`,
      holder_label: people.holderLabel(d),
      due_at: d.due_at,
    })
    audits.push({
      at: ctx.now,
      actor_id: null,
      action: 'demand.escalate',
      subject_type: 'demand',
      subject_id: String(d.id),
      community_id: d.community_id,
      before: JSON.stringify({ escalatedAt: null }),
      after: JSON.stringify({ escalatedAt: ctx.now, dueAt: d.due_at, streetOffice: office?.name ?? null }),
      note: '',
    })
  }
  for (let i = 0; i < events.length; i += 1000) {
    await ctx.db
      .insertInto('demand_events')
      .values(events.slice(i, i + 1000))
      .execute()
    await ctx.db
      .insertInto('audit_log')
      .values(audits.slice(i, i + 1000))
      .execute()
  }
  await notifyAll(ctx, notices)
  return { reminded: reminded.rows.length, escalated: escalated.rows.length }
}

/** Everyone the due demands concern, fetched once per kind of person. */
async function whoIsWho(ctx: TxCtx, rows: DueRow[]) {
  const ids = rows.map((r) => r.id)
  const communities = [...new Set(rows.map((r) => r.community_id))]
  const enterprises = [...new Set(rows.map((r) => r.enterprise_id))]
  const pending = await ctx.db
    .selectFrom('demand_assignments as a')
    .innerJoin('departments as dp', 'dp.id', 'a.department_id')
    .select(['a.demand_id', 'a.department_id', 'dp.name', 'a.lead'])
    .where('a.demand_id', 'in', ids)
    .where('a.status', '=', 'pending')
    .execute()
  const offices = await ctx.db
    .selectFrom('demand_street_offices as s')
    .innerJoin('departments as dp', 'dp.id', 's.department_id')
    .select(['s.community_id', 's.department_id', 'dp.name'])
    .where('s.community_id', 'in', communities)
    .execute()
  const departmentIds = [
    ...new Set([
      ...pending.map((p) => p.department_id),
      ...rows.map((r) => r.holder_department_id).filter((x): x is number => x !== null),
      ...offices.map((o) => o.department_id),
    ]),
  ]
  const departmentNames = new Map(
    departmentIds.length
      ? (await ctx.db.selectFrom('departments').select(['id', 'name']).where('id', 'in', departmentIds).execute()).map(
          (x) => [x.id, x.name],
        )
      : [],
  )
  const roles = await ctx.db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.user_id', 'r.role', 'r.community_id', 'r.department_id', 'r.enterprise_id'])
    .where('r.revoked_at', 'is', null)
    .where('u.disabled', '=', false)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.role', '=', 'social_worker'), eb('r.community_id', 'in', communities)]),
        ...(departmentIds.length
          ? [eb.and([eb('r.role', '=', 'department'), eb('r.department_id', 'in', departmentIds)])]
          : []),
        eb.and([eb('r.role', '=', 'enterprise'), eb('r.enterprise_id', 'in', enterprises)]),
      ]),
    )
    .execute()
  const members = (departmentId: number) =>
    roles.filter((r) => r.role === 'department' && r.department_id === departmentId).map((r) => r.user_id)
  const workers = (d: DueRow) =>
    d.grid_worker_id !== null
      ? [d.grid_worker_id]
      : roles.filter((r) => r.role === 'social_worker' && r.community_id === d.community_id).map((r) => r.user_id)
  return {
    holders(d: DueRow): number[] {
      if (d.status === 'dispatched')
        return [...new Set(pending.filter((p) => p.demand_id === d.id).flatMap((p) => members(p.department_id)))]
      if (d.status === 'accepted' && d.holder_department_id !== null) return members(d.holder_department_id)
      return workers(d)
    },
    liaisons: (enterpriseId: number) => [
      ...new Set(
        roles.filter((r) => r.role === 'enterprise' && r.enterprise_id === enterpriseId).map((r) => r.user_id),
      ),
    ],
    office(communityId: number) {
      const o = offices.find((x) => x.community_id === communityId)
      return o ? { name: o.name, members: members(o.department_id) } : null
    },
    holderLabel(d: DueRow): string {
      if (d.status === 'dispatched') {
        const p = pending.filter((x) => x.demand_id === d.id).sort((a, b) => Number(b.lead) - Number(a.lead))
        if (p.length) return p[0].name
      }
      if (d.status === 'accepted' && d.holder_department_id !== null)
        return departmentNames.get(d.holder_department_id) ?? ''
      return `${d.community_name}${d.grid_name ?? ''} 社工`
    },
  }
}
