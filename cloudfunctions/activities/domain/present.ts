import type { Transaction } from 'kysely'
import { REGISTRATION_STATUS, type ActivityDetail } from '../../../contract/activities'
import type { DB, ReservationStatus } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'
import { qrSvgDataUrl } from '../../../server/render/qr'
import { formatShanghai } from '../../../server/time/shanghai'
import type { Activity } from './access'
import { activityCan } from './can'
import { placeOf } from './words'
import { stationById, stationNames } from '../../stations/public'

type Trx = Transaction<DB>

export const registrationQrPayload = (code: string) => `lianshe://registration/${code}`

type Registration = NonNullable<ActivityDetail['mine']>
/** A registration as the transaction reads it; its QR image is added after commit (withRegistrationQr). */
export type RegistrationDraft = Omit<Registration, 'qr'>
const LIVE = ['confirmed', 'pending', 'offered', 'redeemed']

/** The registration with its door QR (live ones only): for a handler's `finish`, outside the transaction. */
export const withRegistrationQr = async (r: RegistrationDraft): Promise<Registration> => ({
  ...r,
  qr: LIVE.includes(r.status) ? await qrSvgDataUrl(registrationQrPayload(r.code)) : null,
})

/** Items that carry a registration (我的活动), with their QR images. */
export const withRegistrationQrs = <T extends { registration: RegistrationDraft }>(items: T[]) =>
  Promise.all(items.map(async (i) => ({ ...i, registration: await withRegistrationQr(i.registration) })))

/** Where people stand in the waitlist now (1 = next), by arrival order. */
async function positionOf(db: Trx, slotId: number, waitlistPos: number): Promise<number> {
  const { n } = await db
    .selectFrom('reservations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slot_id', '=', slotId)
    .where('status', '=', 'waitlisted')
    .where('waitlist_pos', '<=', waitlistPos)
    .executeTakeFirstOrThrow()
  return Number(n)
}

export async function presentRegistration(
  db: Trx,
  r: {
    id: number
    slot_id: number
    status: ReservationStatus
    code: string
    seats: number
    waitlist_pos: number | null
    offer_expires_at: Date | string | null
    redeemed_at: Date | string | null
    cancel_reason: string | null
  },
): Promise<RegistrationDraft> {
  return {
    id: Number(r.id),
    status: r.status,
    code: r.code,
    position:
      r.status === 'waitlisted' && r.waitlist_pos !== null
        ? await positionOf(db, Number(r.slot_id), r.waitlist_pos)
        : null,
    seats: r.seats,
    offerExpiresAt: r.offer_expires_at ? formatShanghai(new Date(r.offer_expires_at)) : null,
    checkedInAt: r.redeemed_at ? formatShanghai(new Date(r.redeemed_at)) : null,
    cancelReason: r.cancel_reason,
  }
}

export const REG_COLUMNS = [
  'id',
  'slot_id',
  'status',
  'code',
  'seats',
  'waitlist_pos',
  'offer_expires_at',
  'redeemed_at',
  'cancel_reason',
] as const

export const holdKey = (activityId: number) => `activity:${activityId}`

/** The asker's live registration (or latest) for an activity. */
export async function myRegistration(db: Trx, userId: number, activityId: number) {
  return db
    .selectFrom('reservations')
    .select(REG_COLUMNS)
    .where('user_id', '=', userId)
    .where('hold_key', '=', holdKey(activityId))
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

/** Activities as list items: seats left, waitlist, whether registration is open, my status. */
export async function summarize(db: Trx, rows: Activity[], user: Caller | null, now: Date) {
  if (rows.length === 0) return []
  const slotIds = rows.map((a) => a.slot_id)
  const stationIds = [...new Set(rows.flatMap((a) => (a.station_id ? [a.station_id] : [])))]
  const [slots, waits, stations, communities, mine] = await Promise.all([
    db.selectFrom('slots').select(['id', 'capacity', 'taken']).where('id', 'in', slotIds).execute(),
    db
      .selectFrom('reservations')
      .select(['slot_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('slot_id', 'in', slotIds)
      .where('status', '=', 'waitlisted')
      .groupBy('slot_id')
      .execute(),
    stationNames(db, stationIds),
    db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where(
        'id',
        'in',
        rows.map((a) => a.community_id),
      )
      .execute(),
    user
      ? db
          .selectFrom('reservations')
          .select(['slot_id', 'status'])
          .where('user_id', '=', user.id)
          .where('slot_id', 'in', slotIds)
          .orderBy('id')
          .execute()
      : Promise.resolve([]),
  ])
  return rows.map((a) => {
    const slot = slots.find((s) => Number(s.id) === Number(a.slot_id))!
    return {
      id: a.id,
      title: a.title,
      category: a.category as never,
      communityName: communities.find((c) => c.id === a.community_id)?.name ?? '',
      startsAt: new Date(a.starts_at).toISOString(),
      endsAt: new Date(a.ends_at).toISOString(),
      place: placeOf(a, stations.find((s) => s.id === a.station_id)?.name),
      capacity: slot.capacity + a.reserved_seats,
      seatsLeft: Math.max(0, slot.capacity - slot.taken),
      waitlisted: Number(waits.find((w) => Number(w.slot_id) === Number(a.slot_id))?.n ?? 0),
      status: a.status,
      registrationOpen:
        a.status === 'published' &&
        now >= new Date(a.registration_opens_at) &&
        now < new Date(a.registration_closes_at),
      myStatus: (mine.filter((m) => Number(m.slot_id) === Number(a.slot_id)).pop()?.status ??
        null) as ReservationStatus | null,
    }
  })
}

export async function presentDetail(db: Trx, a: Activity, user: Caller | null, now: Date) {
  const [s] = await summarize(db, [a], user, now)
  const [organizer, station, group, checked, mine] = await Promise.all([
    db.selectFrom('users').select('display_name').where('id', '=', a.organizer_id).executeTakeFirst(),
    a.station_id ? stationById(db, a.station_id) : Promise.resolve(undefined),
    a.group_id
      ? db.selectFrom('activity_groups').select('name').where('id', '=', a.group_id).executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom('reservations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('slot_id', '=', a.slot_id)
      .where('status', '=', 'redeemed')
      .executeTakeFirstOrThrow(),
    user ? myRegistration(db, user.id, a.id) : Promise.resolve(undefined),
  ])
  return {
    ...s,
    description: a.description,
    organizerName: organizer?.display_name ?? '',
    address: a.address,
    stationId: a.station_id,
    lng: station?.lng ?? null,
    lat: station?.lat ?? null,
    audience: a.audience as never,
    approvalRequired: a.approval_required,
    confirmHours: a.confirm_hours,
    registrationOpensAt: new Date(a.registration_opens_at).toISOString(),
    registrationClosesAt: new Date(a.registration_closes_at).toISOString(),
    whatToBring: a.what_to_bring,
    questions: a.questions,
    maxChildren: a.max_children,
    reservedSeats: a.reserved_seats,
    checkedIn: Number(checked.n),
    cancelReason: a.cancel_reason,
    ...activityCan(user, a, mine, now),
    mine: mine ? await presentRegistration(db, mine) : null,
    groupName: group?.name ?? null,
  }
}

export const statusLabel = (s: ReservationStatus) => REGISTRATION_STATUS[s]
