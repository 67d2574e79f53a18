import { sql, type RawBuilder } from 'kysely'
import type { ReservationStatus } from '../../contract/reservations'

/**
 * The reservation statuses, grouped by what they mean for seats. Every list the core writes in
 * SQL comes from here (tests/server/reservations.test.ts checks the unique index's predicate).
 * - confirmed: has a seat; pending: has a seat, waiting for the owner's approval;
 *   offered: promoted from the waitlist, holds a seat until the offer expires.
 * - waitlisted: in line, no seat. redeemed: used at the door or counter.
 * - cancelled, no_show: ended.
 */
export const SEATED = ['confirmed', 'pending', 'offered'] as const satisfies readonly ReservationStatus[]
/** Still going to happen: seated or in line (what a cancel, a close or a reschedule touches). */
export const LIVE = [...SEATED, 'waitlisted'] as const satisfies readonly ReservationStatus[]
/** What the one-per-hold-key unique index covers (migration 0006): live, or used. */
export const ACTIVE = [...LIVE, 'redeemed'] as const satisfies readonly ReservationStatus[]

export type SeatedStatus = (typeof SEATED)[number]

export const isSeated = (s: ReservationStatus): s is SeatedStatus => (SEATED as readonly string[]).includes(s)
export const isLive = (s: ReservationStatus) => (LIVE as readonly string[]).includes(s)

/** A status list as SQL literals, e.g. for `where status in (…)` in a partial index predicate. */
export const sqlStatuses = (statuses: readonly ReservationStatus[]): RawBuilder<unknown> =>
  sql.join(statuses.map((s) => sql.lit(s)))
