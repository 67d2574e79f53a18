import { sql } from 'kysely'
import type { MentorBooking, WeeklyHour } from '../../../contract/policies'
import type { TxCtx } from '../../../server/core/tx'
import { maskPhone } from '../../../server/people/mask'
import {
  addDays,
  formatShanghai,
  shanghaiClock,
  shanghaiDate,
  shanghaiInstant,
  toMinutes,
} from '../../../server/time/shanghai'

/** How far ahead office hours are shown and may be booked. */
export const BOOKING_DAYS = 14

export interface Hour {
  startsAt: Date
  endsAt: Date
  place: string
}

/** A mentor's weekly hours as dated hours from `now` for `days` days (those not yet started). */
export function upcomingHours(weekly: WeeklyHour[], now: Date, days = BOOKING_DAYS): Hour[] {
  const out: Hour[] = []
  const today = shanghaiDate(now)
  for (let d = 0; d < days; d++) {
    const date = addDays(today, d)
    const weekday = shanghaiClock(shanghaiInstant(date)).weekday || 7
    for (const w of weekly) {
      if (w.weekday !== weekday) continue
      const startsAt = shanghaiInstant(date, toMinutes(w.start))
      if (startsAt <= now) continue
      out.push({ startsAt, endsAt: new Date(startsAt.getTime() + w.minutes * 60_000), place: w.place })
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
}

/** The weekly hour that starts at `at` (Shanghai weekday and minute), if the mentor keeps one. */
export function weeklyHourAt(weekly: WeeklyHour[], at: Date): WeeklyHour | undefined {
  const { weekday, minute } = shanghaiClock(at)
  return weekly.find(
    (w) => w.weekday === (weekday || 7) && toMinutes(w.start) === minute && at.getTime() % 60_000 === 0,
  )
}

/**
 * A mentor is listed and bookable only while they hold the 青创导师 role: an admin who revokes it
 * (or a disabled account) takes them off the list at once, so nobody books a desk they cannot see.
 */
export const holdsMentorRole = sql<boolean>`exists (select 1 from user_roles r
  where r.user_id = m.user_id and r.role = 'mentor' and r.revoked_at is null)`

/** An active mentor with their name, or undefined. */
export async function activeMentor(ctx: TxCtx, id: number) {
  return ctx.db
    .selectFrom('mentors as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('communities as c', 'c.id', 'm.community_id')
    .selectAll('m')
    .select(['u.display_name', 'c.name as community_name'])
    .where('m.user_id', '=', id)
    .where('m.active', '=', true)
    .where('u.disabled', '=', false)
    .where(holdsMentorRole)
    .executeTakeFirst()
}

type BookingFilter = { id: number } | { userId: number } | { mentorId: number }

/** Mentor bookings as both sides see them (the person's phone masked), oldest hour first. */
export async function mentorBookings(ctx: TxCtx, by: BookingFilter): Promise<MentorBooking[]> {
  let q = ctx.db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('users as m', 'm.id', 's.owner_id')
    .innerJoin('users as p', 'p.id', 'r.user_id')
    .leftJoin('mentor_feedback as f', 'f.reservation_id', 'r.id')
    .select([
      'r.id',
      'r.status',
      'r.details',
      'r.cancel_reason',
      's.owner_id',
      's.starts_at',
      's.ends_at',
      'm.display_name as mentor_name',
      'p.display_name as person_name',
      'p.phone as person_phone',
      'f.note',
      'f.rating',
      'f.comment',
    ])
    .where('s.kind', '=', 'mentor')
    .orderBy('s.starts_at')
    .orderBy('r.id')
  if ('id' in by) q = q.where('r.id', '=', by.id)
  if ('userId' in by) q = q.where('r.user_id', '=', by.userId)
  if ('mentorId' in by) q = q.where('s.owner_id', '=', by.mentorId)
  const rows = await q.execute()
  return rows.map((r) => {
    const d = (r.details ?? {}) as { topic?: MentorBooking['topic']; question?: string; place?: string }
    const endsAt = new Date(r.ends_at)
    return {
      id: Number(r.id),
      mentorId: r.owner_id,
      mentorName: r.mentor_name,
      personName: r.person_name,
      personPhone: maskPhone(r.person_phone) ?? '',
      startsAt: new Date(r.starts_at).toISOString(),
      endsAt: endsAt.toISOString(),
      place: d.place ?? '',
      status: r.status,
      topic: d.topic ?? 'other',
      question: d.question ?? '',
      cancelReason: r.cancel_reason,
      note: r.note,
      rating: r.rating,
      comment: r.comment,
      past: endsAt <= ctx.now,
    }
  })
}

export async function mentorBooking(ctx: TxCtx, id: number): Promise<MentorBooking> {
  return (await mentorBookings(ctx, { id }))[0]
}

/** Ratings and sessions held, per mentor. */
export async function mentorStats(ctx: TxCtx, mentorIds: number[]) {
  if (!mentorIds.length) return new Map<number, { rating: number | null; ratings: number; sessions: number }>()
  const rows = await ctx.db
    .selectFrom('slots as s')
    .innerJoin('reservations as r', 'r.slot_id', 's.id')
    .leftJoin('mentor_feedback as f', 'f.reservation_id', 'r.id')
    .select([
      's.owner_id',
      sql<number | null>`round(avg(f.rating)::numeric, 1)::float8`.as('rating'),
      sql<number>`count(f.rating)::int`.as('ratings'),
      sql<number>`count(*) filter (where r.status in ('confirmed','redeemed') and s.ends_at <= ${ctx.now})::int`.as(
        'sessions',
      ),
    ])
    .where('s.kind', '=', 'mentor')
    .where('s.owner_id', 'in', mentorIds)
    .groupBy('s.owner_id')
    .execute()
  return new Map(rows.map((r) => [r.owner_id, { rating: r.rating, ratings: r.ratings, sessions: r.sessions }]))
}

export const when = (b: { startsAt: string }) => formatShanghai(new Date(b.startsAt))

export type HourState = 'free' | 'taken' | 'closed' | 'mine'

/** The state of mentors' hours in the booking horizon, from their slots (an hour with no slot is free). */
export async function hourStates(ctx: TxCtx, mentorIds: number[], viewerId: number | null) {
  const states = new Map<string, HourState>()
  if (!mentorIds.length) return states
  const until = new Date(ctx.now.getTime() + (BOOKING_DAYS + 1) * 86_400_000)
  const slots = await ctx.db
    .selectFrom('slots as s')
    .select([
      's.owner_id',
      's.starts_at',
      's.taken',
      's.capacity',
      's.closed_at',
      (eb) =>
        eb
          .selectFrom('reservations as r')
          .select(sql<boolean>`true`.as('mine'))
          .whereRef('r.slot_id', '=', 's.id')
          .where('r.user_id', '=', viewerId ?? 0)
          .where('r.status', 'in', ['confirmed', 'pending'])
          .limit(1)
          .as('mine'),
    ])
    .where('s.kind', '=', 'mentor')
    .where('s.owner_id', 'in', mentorIds)
    .where('s.starts_at', '>', ctx.now)
    .where('s.starts_at', '<', until)
    .execute()
  for (const s of slots) {
    const state: HourState = s.mine ? 'mine' : s.closed_at ? 'closed' : s.taken >= s.capacity ? 'taken' : 'free'
    states.set(hourKey(s.owner_id, new Date(s.starts_at)), state)
  }
  return states
}

export const hourKey = (mentorId: number, startsAt: Date) => `${mentorId}@${startsAt.toISOString()}`
