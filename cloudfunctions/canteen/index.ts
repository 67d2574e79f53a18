// Cloud function `canteen`: after-hours canteens (延时餐厅). Riders and workers book a seat and
// dishes (rider price for verified riders), see and cancel their bookings; counter staff run the
// day (redeem codes, walk-ins, close slots); admins set up canteens and menus; social workers
// verify riders. Seats are taken through the one reservation core (server/reservations/).
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
import { riderStatus } from './riderStatus'
import { saveMenuItem } from './saveMenuItem'
import { saveSettings } from './saveSettings'
import { settings } from './settings'
import { walkIn } from './walkIn'

export const main = defineFunction(
  'canteen',
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
    close,
    settings,
    saveSettings,
    saveMenuItem,
    applyRider,
    riderStatus,
    reviewRider,
  },
  { timers: { markNoShows } },
)
