import type { Transaction } from 'kysely'
import type { Booking } from '../../../contract/canteen'
import type { DB } from '../../../server/db/schema'
import { maskName, maskPhone } from '../../../server/people/mask'
import { qrSvgDataUrl } from '../../../server/render/qr'
import { formatShanghai, toHHMM } from '../../../server/time/shanghai'
import type { PricedLine } from './pricing'
import { ALL_DAYS } from './schedule'

/** Stored with each booking, so it reads the same after the menu or settings change. */
export interface BookingDetails {
  canteenName: string
  windowName: string
  date: string
  start: string
  end: string
  lines: PricedLine[]
  riderPrice: boolean
}

export const bookingQrPayload = (code: string) => `lianshe://booking/${code}`

/** A booking as the transaction reads it; its QR image is added after commit (withBookingQr). */
export type BookingDraft = Omit<Booking, 'qr'>

/** The booking with its code as a QR image: for a handler's `finish`, outside the transaction. */
export const withBookingQr = async (b: BookingDraft): Promise<Booking> => ({
  ...b,
  qr: await qrSvgDataUrl(bookingQrPayload(b.code)),
})

export function bookingsQuery(db: Transaction<DB>) {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('canteens as c', 'c.id', 's.owner_id')
    .select([
      'r.id',
      'r.code',
      'r.status',
      'r.details',
      'r.price_cents',
      'r.cancel_reason',
      'r.redeemed_at',
      'r.user_id',
      's.starts_at',
      's.ends_at',
      'c.id as canteen_id',
      'c.cutoff_minutes',
    ])
    .where('s.kind', '=', 'canteen')
}
type BookingRow = Awaited<ReturnType<ReturnType<typeof bookingsQuery>['executeTakeFirstOrThrow']>>

export function presentBooking(row: BookingRow, now: Date): BookingDraft {
  const d = row.details as BookingDetails
  const startsAt = new Date(row.starts_at)
  const cancelBefore = new Date(startsAt.getTime() - row.cutoff_minutes * 60_000)
  return {
    id: Number(row.id),
    code: row.code,
    canteenId: row.canteen_id,
    canteenName: d.canteenName,
    date: d.date,
    windowName: d.windowName,
    start: d.start,
    end: d.end,
    startsAt: startsAt.toISOString(),
    status: row.status,
    items: d.lines.map((l) => ({ name: l.name, qty: l.qty, priceCents: l.priceCents })),
    totalCents: row.price_cents,
    riderPrice: d.riderPrice,
    cancelBefore: formatShanghai(cancelBefore),
    cancellable: (row.status === 'confirmed' || row.status === 'waitlisted') && now < cancelBefore,
    cancelReason: row.cancel_reason,
    redeemedAt: row.redeemed_at ? formatShanghai(new Date(row.redeemed_at)) : null,
  }
}

/** What the counter sees of a booking: masked name and phone, the order, the state. */
export function presentForCounter(row: {
  id: number
  code: string
  status: Booking['status']
  details: unknown
  price_cents: number
  redeemed_at: Date | string | null
  display_name: string
  phone: string | null
}) {
  const d = row.details as BookingDetails
  return {
    id: Number(row.id),
    code: row.code,
    name: maskName(row.display_name),
    phone: maskPhone(row.phone) ?? '',
    status: row.status,
    items: d.lines.map((l) => ({ name: l.name, qty: l.qty, priceCents: l.priceCents })),
    totalCents: row.price_cents,
    redeemedAt: row.redeemed_at ? formatShanghai(new Date(row.redeemed_at)) : null,
  }
}

export const windowsForPeople = (windows: { name: string; start: number; end: number; days?: number[] }[]) =>
  windows.map((w) => ({
    name: w.name,
    start: toHHMM(w.start),
    end: toHHMM(w.end % 1440),
    days: w.days ?? ALL_DAYS,
  }))
