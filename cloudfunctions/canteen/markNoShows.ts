import type { TimerJob } from '../../server/core/define-function'
import { markNoShows as mark } from '../../server/reservations/close'

/** Every 10 minutes: bookings not redeemed by the end of their slot become no-shows. */
export const markNoShows: TimerJob = async (ctx) => ({ marked: await mark(ctx, 'canteen') })
