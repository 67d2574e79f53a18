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

/** Why a reservation can no longer be cancelled, as people read it. */
export const NOT_CANCELLABLE: Partial<Record<ReservationStatus, string>> = {
  cancelled: '已经取消过了',
  redeemed: '已使用，不能取消',
  no_show: '已过期，不能取消',
}
