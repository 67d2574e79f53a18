import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'
import { maskName, maskPhone } from '../../../server/people/mask'
import { formatShanghai } from '../../../server/time/shanghai'
import { seesFullPhones, type Activity } from './access'

/** Everyone registered or waiting, in order: seated first by sign-up, then the waitlist in line. */
export async function rosterRows(db: Transaction<DB>, a: Activity, viewer: Caller) {
  const full = seesFullPhones(viewer)
  const rows = await db
    .selectFrom('reservations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.status',
      'r.seats',
      'r.waitlist_pos',
      'r.details',
      'r.redeemed_at',
      'u.display_name',
      'u.phone',
    ])
    .where('r.slot_id', '=', a.slot_id)
    .where('r.status', 'in', ['confirmed', 'pending', 'offered', 'redeemed', 'waitlisted', 'no_show'])
    .orderBy('r.id')
    .execute()
  const seated = rows.filter((r) => r.status !== 'waitlisted')
  const waiting = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((x, y) => (x.waitlist_pos ?? 0) - (y.waitlist_pos ?? 0))
  return {
    phonesMasked: !full,
    rows: [...seated, ...waiting].map((r) => ({
      registrationId: Number(r.id),
      name: full ? r.display_name : maskName(r.display_name),
      phone: (full ? r.phone : maskPhone(r.phone)) ?? '',
      status: r.status,
      seats: r.seats,
      position: r.status === 'waitlisted' ? waiting.indexOf(r) + 1 : null,
      answers: ((r.details as { answers?: Record<string, string> })?.answers ?? {}) as Record<string, string>,
      checkedInAt: r.redeemed_at ? formatShanghai(new Date(r.redeemed_at)) : null,
    })),
  }
}
