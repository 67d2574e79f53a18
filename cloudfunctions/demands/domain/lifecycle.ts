import type { Updateable } from 'kysely'
import {
  DEMAND_STATUS,
  EVENT_LABELS,
  type AttachmentInput,
  type DemandEventKind,
  type DemandStatus,
} from '../../../contract/demands'
import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import type { TxCtx } from '../../../server/core/tx'
import { notifyAll, type Notice } from '../../../server/notify/queue'
import { formatShanghai } from '../../../server/time/shanghai'
import type { DemandsTable } from '../tables'
import type { Insertable } from 'kysely'
import { attach } from './attachments'
import { loadDemand, type LoadedDemand } from './load'
import { departmentMembers, enterpriseLiaisons, gridWorkers } from './recipients'

/**
 * The demand lifecycle, the one place a demand's status changes (企业点单 → 社区派单 → 部门接单 →
 * 办结 → 评价, with 12345's 退回 and 退回重办):
 *
 *   filed ──requestInfo──▶ info_requested ──provideInfo──▶ (back where it was; the SLA clock resumes)
 *   filed ──dispatch──▶ dispatched ──accept──▶ accepted ──proposeClosure──▶ closure_proposed
 *   filed ──solve (community resources)──────────────────────────────────▶ closure_proposed
 *   dispatched ──return (last live dispatch)──▶ filed (the grid's social worker re-dispatches)
 *   closure_proposed ──confirmClosure──▶ closed ──reopen (≤ 15 days)──▶ accepted
 *   closure_proposed ──rejectClosure──▶ accepted
 *   filed | info_requested ──merge──▶ merged (into another open demand)
 *   filed ──relay (党建指导员传单, once; the status stays filed)──▶ filed
 *
 * Every move is a conditional update on the status it starts from (the row is also locked by
 * the action's guard), a timeline event, an audit entry, and notices: a to-do to whoever must
 * act next and a progress notice to the enterprise.
 */
export type Step =
  | 'requestInfo'
  | 'provideInfo'
  | 'merge'
  | 'mergeInto'
  | 'dispatch'
  | 'solve'
  | 'accept'
  | 'return'
  | 'progress'
  | 'urge'
  | 'proposeClosure'
  | 'rejectClosure'
  | 'confirmClosure'
  | 'rate'
  | 'reopen'
  | 'link'
  | 'relay'

const OPEN: DemandStatus[] = ['filed', 'info_requested', 'dispatched', 'accepted']

export const FROM: Record<Step, readonly DemandStatus[]> = {
  requestInfo: ['filed', 'accepted'],
  provideInfo: ['info_requested'],
  merge: ['filed', 'info_requested'],
  mergeInto: OPEN,
  dispatch: ['filed'],
  solve: ['filed'],
  accept: ['dispatched'],
  return: ['dispatched'],
  progress: ['accepted'],
  urge: OPEN,
  proposeClosure: ['accepted'],
  rejectClosure: ['closure_proposed'],
  confirmClosure: ['closure_proposed'],
  rate: ['closed'],
  reopen: ['closed'],
  link: [...OPEN, 'closure_proposed'],
  relay: ['filed'],
}

const EVENT: Record<Step, DemandEventKind> = {
  requestInfo: 'info_requested',
  provideInfo: 'info_provided',
  merge: 'merged',
  mergeInto: 'merged_in',
  dispatch: 'dispatched',
  solve: 'solved',
  accept: 'accepted',
  return: 'returned',
  progress: 'progress',
  urge: 'urged',
  proposeClosure: 'closure_proposed',
  rejectClosure: 'closure_rejected',
  confirmClosure: 'closed',
  rate: 'rated',
  reopen: 'reopened',
  link: 'linked',
  relay: 'relayed',
}

const VERB: Record<Step, string> = {
  requestInfo: '请企业补充材料',
  provideInfo: '补充材料',
  merge: '合并',
  mergeInto: '并入其他诉求',
  dispatch: '派单',
  solve: '直接办结',
  accept: '接单',
  return: '退回',
  progress: '填写进展',
  urge: '督办',
  proposeClosure: '申请办结',
  rejectClosure: '不认可办结',
  confirmClosure: '确认办结',
  rate: '评价',
  reopen: '退回重办',
  link: '对接资源',
  relay: '传单',
}

/** What the next holder is asked to do, by the status the demand is in. */
const TODO: Partial<Record<DemandStatus, string>> = {
  filed: '待分派，请派单或直接办理',
  info_requested: '请补充材料',
  dispatched: '请接单',
  accepted: '请办理',
  closure_proposed: '请确认是否办结',
}

export interface Actor {
  id: number | null
  label: string
}

export interface Move {
  step: Step
  actor: Actor
  set?: Updateable<DemandsTable>
  note?: string
  attachments?: AttachmentInput[]
}

/** Refuse a step the demand's status does not allow, in words. */
export function assertStep(d: { status: DemandStatus }, step: Step) {
  if (!FROM[step].includes(d.status))
    refuse('CONFLICT', `该诉求当前为「${DEMAND_STATUS[d.status]}」，不能${VERB[step]}`)
}

export async function move(ctx: TxCtx, d: LoadedDemand, m: Move): Promise<LoadedDemand> {
  assertStep(d, m.step)
  const updated = await ctx.db
    .updateTable('demands')
    .set({ ...m.set, updated_at: ctx.now })
    .where('id', '=', d.id)
    .where('status', '=', d.status)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) refuse('CONFLICT', '诉求刚被他人处理过，请刷新后再试')
  const after = await loadDemand(ctx.db, d.id)
  const holder = await holderLabel(ctx, after)
  const kind = EVENT[m.step]
  const event = await ctx.db
    .insertInto('demand_events')
    .values({
      demand_id: d.id,
      at: ctx.now,
      actor_id: m.actor.id,
      actor_label: m.actor.label,
      kind,
      note: m.note ?? '',
      holder_label: holder,
      due_at: OPEN.includes(after.status) ? after.due_at : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (m.attachments?.length && m.actor.id !== null) {
    await attach(ctx, { demandId: d.id, eventId: event.id }, m.attachments, m.actor.id)
  }
  await audit(ctx, {
    actorId: m.actor.id,
    action: `demand.${m.step}`,
    subject: { type: 'demand', id: d.id },
    communityId: d.community_id,
    before: { status: d.status, holderDepartmentId: d.holder_department_id, dueAt: d.due_at },
    after: { status: after.status, holderDepartmentId: after.holder_department_id, dueAt: after.due_at, ...m.set },
    note: m.note ?? '',
  })
  await tell(ctx, after, event.id, kind, m.note ?? '', m.actor.id)
  return after
}

/** A to-do to whoever must act next, a progress notice to the enterprise; never to the actor. */
async function tell(
  ctx: TxCtx,
  d: LoadedDemand,
  eventId: number,
  kind: DemandEventKind,
  note: string,
  actorId: number | null,
) {
  const enterprise = await enterpriseLiaisons(ctx.db, d.enterprise_id)
  const next = await nextHolders(ctx, d)
  const enterpriseActs = d.status === 'info_requested' || d.status === 'closure_proposed'
  const page = `/subpackages/demands/detail?id=${d.id}`
  const event = `demand:${d.id}:event:${eventId}`
  // 传单 hands the grid's 社工 the 党建指导员's note with the to-do.
  const todo = kind === 'relayed' ? `党建指导员传单：${note}`.slice(0, 200) : TODO[d.status]
  const notices: Notice<'demand_progress' | 'demand_todo'>[] = []
  const told = new Set<number>(actorId === null ? [] : [actorId])
  if (todo) {
    for (const userId of enterpriseActs ? enterprise : next) {
      if (told.has(userId)) continue
      told.add(userId)
      const due = OPEN.includes(d.status) ? formatShanghai(new Date(d.due_at)) : ''
      notices.push({ userId, kind: 'demand_todo', data: { title: d.title, step: todo, due }, page, event })
    }
  }
  for (const userId of enterprise) {
    if (told.has(userId)) continue
    told.add(userId)
    notices.push({
      userId,
      kind: 'demand_progress',
      data: { title: d.title, step: EVENT_LABELS[kind], note: note.slice(0, 200) },
      page,
      event,
    })
  }
  await notifyAll(ctx, notices)
}

/** The people who must act next on a demand in its current status (the enterprise aside). */
export async function nextHolders(ctx: TxCtx, d: LoadedDemand): Promise<number[]> {
  switch (d.status) {
    case 'filed':
      return gridWorkers(ctx.db, d)
    case 'dispatched': {
      const pending = await ctx.db
        .selectFrom('demand_assignments')
        .select('department_id')
        .where('demand_id', '=', d.id)
        .where('status', '=', 'pending')
        .execute()
      return departmentMembers(
        ctx.db,
        pending.map((p) => p.department_id),
      )
    }
    case 'accepted':
      return d.holder_department_id !== null
        ? departmentMembers(ctx.db, [d.holder_department_id])
        : gridWorkers(ctx.db, d)
    default:
      return []
  }
}

/** Who holds the demand, in words, for the timeline and the lists. */
export async function holderLabel(ctx: Pick<TxCtx, 'db'>, d: LoadedDemand): Promise<string> {
  const worker = `${d.community_name}${d.grid_name ?? ''} 社工`
  switch (d.status) {
    case 'filed':
      return worker
    case 'info_requested':
      return `${d.enterprise_name}（补充材料）`
    case 'dispatched': {
      const pending = await ctx.db
        .selectFrom('demand_assignments as a')
        .innerJoin('departments as dp', 'dp.id', 'a.department_id')
        .select(['dp.name', 'a.lead'])
        .where('a.demand_id', '=', d.id)
        .where('a.status', '=', 'pending')
        .orderBy('a.lead', 'desc')
        .orderBy('a.id')
        .execute()
      if (pending.length === 0) return worker
      return pending.length === 1 ? pending[0].name : `${pending[0].name}（首接）等 ${pending.length} 个部门`
    }
    case 'accepted': {
      if (d.holder_department_id === null) return worker
      const dp = await ctx.db
        .selectFrom('departments')
        .select('name')
        .where('id', '=', d.holder_department_id)
        .executeTakeFirstOrThrow()
      return dp.name
    }
    case 'closure_proposed':
      return `${d.enterprise_name}（确认办结）`
    case 'closed':
      return '已办结'
    case 'merged':
      return `已并入诉求 #${d.merged_into}`
  }
}

export const isOpen = (status: DemandStatus) => OPEN.includes(status)
export const OPEN_STATUSES = OPEN

/**
 * 企业点单: a demand is born filed, held by its grid's social worker, its SLA clock running. 代报
 * (a 社工 taking it down for the enterprise) is the same birth with its own timeline step and a
 * note, so the enterprise's liaisons are told and asked to confirm it.
 */
export async function fileDemand(
  ctx: TxCtx,
  values: Omit<Insertable<DemandsTable>, 'status' | 'updated_at'>,
  actor: Actor,
  files: AttachmentInput[],
  step: { kind: DemandEventKind; note: string } = { kind: 'filed', note: '' },
): Promise<LoadedDemand> {
  const { id } = await ctx.db
    .insertInto('demands')
    .values({ ...values, status: 'filed', updated_at: ctx.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (files.length && actor.id !== null) await attach(ctx, { demandId: id }, files, actor.id)
  const d = await loadDemand(ctx.db, id)
  const event = await ctx.db
    .insertInto('demand_events')
    .values({
      demand_id: id,
      at: ctx.now,
      actor_id: actor.id,
      actor_label: actor.label,
      kind: step.kind,
      note: step.note,
      holder_label: await holderLabel(ctx, d),
      due_at: d.due_at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await audit(ctx, {
    actorId: actor.id,
    action: 'demand.file',
    subject: { type: 'demand', id },
    communityId: d.community_id,
    after: { status: 'filed', category: d.category, urgency: d.urgency, dueAt: d.due_at, channel: d.channel },
  })
  await tell(ctx, d, event.id, step.kind, step.note, actor.id)
  return d
}
