import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { NotificationKind, TemplateData } from './templates'

type Db = Transaction<DB> | Kysely<DB>

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

const queuedIn = new WeakSet<object>()
let nudge: (() => void) | null = null

/**
 * Queue a notification in the caller's transaction (the outbox): it exists only if the change
 * that causes it commits. Delivery is the dispatcher's job (dispatch.ts).
 */
export async function notify<K extends NotificationKind>(db: Db, now: Date, n: Notice<K>): Promise<void> {
  const due = n.dueAt ?? now
  await db
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
  if (due.getTime() <= now.getTime()) queuedIn.add(db)
}

/** Drop pending reminders about a subject (it moved or was cancelled). Returns how many. */
export async function dropReminders(db: Db, subject: string): Promise<number> {
  const r = await db
    .updateTable('notifications')
    .set({ status: 'dropped', last_error: '提醒的事项已变更或取消', finished_at: new Date() })
    .where('subject', '=', subject)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** Whether this transaction queued something due now (the gateway then dispatches right away). */
export const queuedNow = (trx: object) => queuedIn.has(trx)

/** The gateway registers how to dispatch soon; in WeChat's cloud the timer does it. */
export function setDispatchNudge(fn: (() => void) | null) {
  nudge = fn
}
export const nudgeDispatcher = () => nudge?.()
