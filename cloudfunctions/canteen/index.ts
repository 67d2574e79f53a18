// Cloud function `canteen`: after-hours canteens (延时餐厅). Riders and workers book a seat and
// dishes (rider price for verified riders), see and cancel their bookings; counter staff run the
// day (redeem codes, walk-ins, close slots); admins and the community's 社工 make and keep canteens (settings, menu, days off, retiring); social workers
// verify riders. Seats are taken through the one reservation core (server/reservations/).
import { canteenContract } from '../../contract/canteen'
import { defineFunction } from '../features'
import { applyRider } from './applyRider'
import { availability } from './availability'
import { book } from './book'
import { cancel } from './cancel'
import { close } from './close'
import { counter } from './counter'
import { list } from './list'
import { markNoShows } from './markNoShows'
import { myBookings } from './myBookings'
import { myCounters } from './myCounters'
import { redeem } from './redeem'
import { reviewRider } from './reviewRider'
import { riderCode } from './riderCode'
import { riderStatus } from './riderStatus'
import { riderWalkIn } from './riderWalkIn'
import { scanRider } from './scanRider'
import { saveMenuItem } from './saveMenuItem'
import { saveCanteen } from './saveCanteen'
import { saveClosure } from './saveClosure'
import { removeClosure } from './removeClosure'
import { retireCanteen } from './retireCanteen'
import { managed } from './managed'
import { settings } from './settings'
import { walkIn } from './walkIn'

export const main = defineFunction(
  'canteen',
  canteenContract,
  {
    list,
    availability,
    book,
    myBookings,
    cancel,
    myCounters,
    counter,
    redeem,
    walkIn,
    scanRider,
    riderWalkIn,
    close,
    settings,
    managed,
    saveCanteen,
    retireCanteen,
    saveClosure,
    removeClosure,
    saveMenuItem,
    applyRider,
    riderStatus,
    riderCode,
    reviewRider,
  },
  { timers: { markNoShows } },
)
