import type { TxCtx } from '../core/tx'
import type { NotificationKind, TemplateData } from './template'

export interface Notice<K extends NotificationKind> {
  userId: number
  kind: K
  data: TemplateData<K>
  /** The page the notification opens, e.g. /subpackages/canteen/bookings. */
  page?: string
  /** What happened, unique per recipient: the same event queued twice is one notification. */
  event: string
  /** Deliver at (reminders); default now. */
  dueAt?: Date
  /** What a reminder is about, so it can be dropped when that thing moves or is cancelled. */
  subject?: string
}

/**
 * Queue a notification in the caller's transaction (the outbox): it exists only if the change
 * that causes it commits. Delivery is the dispatcher's job (dispatch.ts).
 */
export async function notify<K extends NotificationKind>(ctx: TxCtx, n: Notice<K>): Promise<void> {
  const due = n.dueAt ?? ctx.now
  await ctx.db
    .insertInto('notifications')
    .values({
      user_id: n.userId,
      kind: n.kind,
      data: JSON.stringify(n.data),
      page: n.page ?? '',
      event_key: n.event,
      subject: n.subject ?? null,
      due_at: due,
      next_attempt_at: due,
    })
    .onConflict((oc) => oc.columns(['event_key', 'user_id']).doNothing())
    .execute()
  // Due now: once committed, deliver at once where a process stays up (the gateway).
  if (due.getTime() <= ctx.now.getTime()) ctx.afterCommit(ctx.runtime.dispatchSoon)
}

/** Drop pending reminders about a subject (it moved or was cancelled). Returns how many. */
export async function dropReminders(ctx: TxCtx, subject: string): Promise<number> {
  const r = await ctx.db
    .updateTable('notifications')
    .set({ status: 'dropped', last_error: '提醒的事项已变更或取消', finished_at: ctx.now })
    .where('subject', '=', subject)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/**
 * Queue many notifications in one statement per thousand (a timer sweep escalating many
 * demands at once); same rules as notify(): outbox row, one per (event, user).
 */
export async function notifyAll<K extends NotificationKind>(ctx: TxCtx, notices: readonly Notice<K>[]): Promise<void> {
  for (let i = 0; i < notices.length; i += 1000) {
    const rows = notices.slice(i, i + 1000).map((n) => {
      const due = n.dueAt ?? ctx.now
      return {
        user_id: n.userId,
        kind: n.kind,
        data: JSON.stringify(n.data),
        page: n.page ?? '',
        event_key: n.event,
        subject: n.subject ?? null,
        due_at: due,
        next_attempt_at: due,
      }
    })
    await ctx.db
      .insertInto('notifications')
      .values(rows)
      .onConflict((oc) => oc.columns(['event_key', 'user_id']).doNothing())
      .execute()
  }
  if (notices.some((n) => (n.dueAt ?? ctx.now).getTime() <= ctx.now.getTime()))
    ctx.afterCommit(ctx.runtime.dispatchSoon)
}
