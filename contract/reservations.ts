import { z } from 'zod'

/** States of anything reserved through the one reservation core (canteen seats, activity places…). */
export const RESERVATION_STATUSES = [
  'confirmed',
  'waitlisted',
  'pending',
  'offered',
  'cancelled',
  'redeemed',
  'no_show',
] as const
export const reservationStatusSchema = z.enum(RESERVATION_STATUSES)
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]
