import type { Transaction } from 'kysely'
import {
  DEMAND_CATEGORIES,
  DEMAND_STATUS,
  EVENT_LABELS,
  URGENCIES,
  type DemandAction,
  type DemandDetail,
  type DemandEventKind,
  type DemandSummary,
} from '../../../contract/demands'
import { DEMAND_CHANNELS } from '../../../contract/visits'
import type { DB } from '../../../server/db/schema'
import { maskPhone } from '../../../server/people/mask'
import { calendarNote } from '../../../server/time/calendar-coverage'
import { shanghaiDate } from '../../../server/time/shanghai'
import type { Caller } from '../../../server/people/roles'
import { standingOn, type Standing } from './access'
import { presentAttachment } from './attachments'
import { FROM, holderLabel, isOpen, type Step } from './lifecycle'
import { possibleDuplicates } from './duplicates'
import { loadDemand, type LoadedDemand } from './load'
import { REOPEN_DAYS } from './sla'

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString())

type Row = Pick<
  LoadedDemand,
  | 'id'
  | 'title'
  | 'category'
  | 'urgency'
  | 'status'
  | 'enterprise_name'
  | 'community_name'
  | 'grid_name'
  | 'filed_at'
  | 'due_at'
  | 'paused_at'
  | 'escalated_at'
  | 'holder_department_id'
  | 'merged_into'
  | 'enterprise_id'
  | 'solved_by'
>

function summary(d: Row, holder: string, now: Date): DemandSummary {
  const running = d.status === 'filed' || d.status === 'dispatched' || d.status === 'accepted'
  return {
    id: d.id,
    title: d.title,
    category: d.category,
    categoryLabel: DEMAND_CATEGORIES[d.category],
    urgency: d.urgency,
    urgencyLabel: URGENCIES[d.urgency],
    status: d.status,
    statusLabel: DEMAND_STATUS[d.status],
    enterprise: d.enterprise_name,
    community: d.community_name,
    grid: d.grid_name,
    holder,
    filedAt: iso(d.filed_at)!,
    dueAt: isOpen(d.status) ? iso(d.due_at) : null,
    overdue: running && new Date(d.due_at) <= now,
    dueNote: isOpen(d.status) ? calendarNote(shanghaiDate(new Date(d.due_at))) : null,
    paused: d.status === 'info_requested',
    escalated: d.escalated_at !== null && isOpen(d.status),
  }
}

/** List rows with who holds each (department names fetched once for the page). */
export async function presentSummaries(db: Transaction<DB>, rows: Row[], now: Date): Promise<DemandSummary[]> {
  const ids = rows.map((r) => r.id)
  const pending = ids.length
    ? await db
        .selectFrom('demand_assignments as a')
        .innerJoin('departments as dp', 'dp.id', 'a.department_id')
        .select(['a.demand_id', 'dp.name', 'a.lead'])
        .where('a.demand_id', 'in', ids)
        .where('a.status', '=', 'pending')
        .orderBy('a.lead', 'desc')
        .orderBy('a.id')
        .execute()
    : []
  const holderIds = [...new Set(rows.map((r) => r.holder_department_id).filter((x): x is number => x !== null))]
  const departments = new Map(
    holderIds.length
      ? (await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', holderIds).execute()).map((x) => [
          x.id,
          x.name,
        ])
      : [],
  )
  return rows.map((d) => {
    const worker = `${d.community_name}${d.grid_name ?? ''} 社工`
    let holder: string
    switch (d.status) {
      case 'dispatched': {
        const p = pending.filter((x) => x.demand_id === d.id)
        holder = p.length === 0 ? worker : p.length === 1 ? p[0].name : `${p[0].name}（首接）等 ${p.length} 个部门`
        break
      }
      case 'accepted':
        holder = d.holder_department_id !== null ? departments.get(d.holder_department_id)! : worker
        break
      case 'filed':
        holder = worker
        break
      case 'info_requested':
        holder = `${d.enterprise_name}（补充材料）`
        break
      case 'closure_proposed':
        holder = `${d.enterprise_name}（确认办结）`
        break
      case 'closed':
        holder = '已办结'
        break
      default:
        holder = `已并入诉求 #${d.merged_into}`
    }
    return summary(d, holder, now)
  })
}

/** Which buttons the asker gets: their standing allows it and the status does (the guards check both again). */
function allowed(d: LoadedDemand, s: Standing, now: Date): DemandAction[] {
  const scope: Record<DemandAction, boolean> = {
    requestInfo: s.triager && d.status === 'filed' ? true : s.holder && d.status === 'accepted',
    provideInfo: s.filer,
    merge: s.triager,
    dispatch: s.triager,
    solve: s.triager,
    accept: s.pendingDepartments.length > 0,
    returnToCommunity: s.pendingDepartments.length > 0,
    progress: s.holder,
    proposeClosure: s.holder,
    confirmClosure: s.filer,
    rejectClosure: s.filer,
    rate: s.filer && d.rating === null,
    reopen:
      s.filer && d.closed_at !== null && now.getTime() - new Date(d.closed_at).getTime() <= REOPEN_DAYS * 86_400_000,
    urge: s.triager || s.street,
    link: s.triager,
    // 代报: the enterprise's liaison confirms or corrects it once (confirmOnBehalf checks again).
    confirmOnBehalf: s.filer && d.channel !== 'self' && d.confirmed_at === null,
    relay: s.guide,
    // 转为岗位 (jobs.demandDraft checks again): the enterprise's own open 用工 demand.
    toPosting: s.filer && d.category === 'hiring',
  }
  const step: Record<DemandAction, Step> = {
    requestInfo: 'requestInfo',
    provideInfo: 'provideInfo',
    merge: 'merge',
    dispatch: 'dispatch',
    solve: 'solve',
    accept: 'accept',
    returnToCommunity: 'return',
    progress: 'progress',
    proposeClosure: 'proposeClosure',
    confirmClosure: 'confirmClosure',
    rejectClosure: 'rejectClosure',
    rate: 'rate',
    reopen: 'reopen',
    urge: 'urge',
    link: 'link',
    confirmOnBehalf: 'link',
    relay: 'relay',
    toPosting: 'urge', // while open, as 催办
  }
  return (Object.keys(scope) as DemandAction[]).filter((a) => scope[a] && FROM[step[a]].includes(d.status))
}

/** A demand as the asker may see it: timeline, dispatches, files, and what they may do now. */
export async function presentDetail(
  ctx: { db: Transaction<DB>; now: Date },
  demandId: number,
  standing: Standing,
): Promise<DemandDetail> {
  const { db, now } = ctx
  const d = await loadDemand(db, demandId)
  // One after another: a transaction is one connection.
  const events = await db.selectFrom('demand_events').selectAll().where('demand_id', '=', d.id).orderBy('id').execute()
  const files = await db
    .selectFrom('demand_attachments')
    .selectAll()
    .where('demand_id', '=', d.id)
    .orderBy('id')
    .execute()
  const assignments = await db
    .selectFrom('demand_assignments as a')
    .innerJoin('departments as dp', 'dp.id', 'a.department_id')
    .select(['a.department_id', 'dp.name', 'a.status', 'a.lead', 'a.deadline', 'a.reason'])
    .where('a.demand_id', '=', d.id)
    .orderBy('a.id')
    .execute()
  const resource =
    d.resource_id === null
      ? null
      : await db
          .selectFrom('demand_resources')
          .select(['id', 'title', 'provider'])
          .where('id', '=', d.resource_id)
          .executeTakeFirst()
  const handles = standing.filer || standing.triager || standing.holder || standing.departments.length > 0
  const reopenUntil =
    d.status === 'closed' && d.closed_at
      ? new Date(new Date(d.closed_at).getTime() + REOPEN_DAYS * 86_400_000).toISOString()
      : null
  // 传单 happens once: after it, nobody is offered it again.
  const can = allowed(d, standing, now).filter((a) => a !== 'relay' || !events.some((e) => e.kind === 'relayed'))
  const filedOnBehalf = events.find((e) => e.kind === 'filed_on_behalf')
  return {
    ...summary(d, await holderLabel(ctx, d), now),
    enterpriseId: d.enterprise_id,
    description: d.description,
    contactName: d.contact_name,
    contactPhone: handles ? d.contact_phone : (maskPhone(d.contact_phone) ?? ''),
    result: d.result,
    rating: d.rating,
    ratingComment: d.rating_comment,
    reopenCount: d.reopen_count,
    closedAt: iso(d.closed_at),
    reopenUntil,
    mergedInto: d.merged_into,
    resource: resource ?? null,
    attachments: files.filter((f) => f.event_id === null).map(presentAttachment),
    assignments: assignments.map((a) => ({
      department: a.name,
      departmentId: a.department_id,
      status: a.status,
      statusLabel: { pending: '待接单', accepted: '已接单', returned: '已退回', released: '他部门已接单' }[a.status],
      lead: a.lead,
      deadline: iso(a.deadline)!,
      reason: a.reason,
    })),
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: EVENT_LABELS[e.kind as DemandEventKind] ?? e.kind,
      at: iso(e.at)!,
      actor: e.actor_label,
      note: e.note,
      holder: e.holder_label,
      dueAt: iso(e.due_at),
      attachments: files.filter((f) => f.event_id === e.id).map(presentAttachment),
    })),
    can,
    possibleDuplicates: can.includes('merge') ? await possibleDuplicates(db, d) : [],
    onBehalf:
      d.channel === 'self'
        ? null
        : {
            channel: d.channel,
            channelLabel: DEMAND_CHANNELS[d.channel],
            filer: filedOnBehalf?.actor_label.replace(/（代报·.*）$/, '') ?? '社工',
            visitId: d.visit_id,
            confirmedAt: iso(d.confirmed_at),
          },
  }
}

export const monthOf = (at: Date) => shanghaiDate(at).slice(0, 7)

/** The demand as the asker sees it after a change (their standing re-read: accepting makes a holder). */
export async function presentFor(ctx: { db: Transaction<DB>; now: Date; user: Caller }, demandId: number) {
  const standing = await standingOn(ctx.db, ctx.user, await loadDemand(ctx.db, demandId))
  return presentDetail(ctx, demandId, standing)
}
