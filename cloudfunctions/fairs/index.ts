// Cloud function `fairs`: the weekly 专场招聘会 of a community's 零工市场. 社工 make fairs once (one
// date or every week within a horizon) and cancel single ones; enterprise liaisons book a booth and
// list its positions; job seekers register and are checked in at the door; at the fair a seeker
// 投递 at a booth by scanning its code, the enterprise marks 达成意向 and later 录用; 社工 read the
// figures and export the results. Booths and entries are seats of the reservation core.
import { fairsContract } from '../../contract/fairs'
import { defineFunction } from '../features'
import { apply } from './apply'
import { bookBooth } from './bookBooth'
import { cancelBooth } from './cancelBooth'
import { cancelFair } from './cancelFair'
import { cancelRegistration } from './cancelRegistration'
import { checkIn } from './checkIn'
import { createSeries } from './createSeries'
import { detail } from './detail'
import { editSeries } from './editSeries'
import { exportResults } from './exportResults'
import { daily } from './daily'
import { list } from './list'
import { managed } from './managed'
import { markHired } from './markHired'
import { markIntent } from './markIntent'
import { mine } from './mine'
import { myBooth } from './myBooth'
import { register } from './register'
import { savePositions } from './savePositions'
import { stats } from './stats'

export const main = defineFunction(
  'fairs',
  fairsContract,
  {
    list,
    detail,
    createSeries,
    editSeries,
    cancelFair,
    managed,
    bookBooth,
    savePositions,
    cancelBooth,
    myBooth,
    register,
    cancelRegistration,
    checkIn,
    apply,
    markIntent,
    markHired,
    mine,
    stats,
    exportResults,
  },
  { timers: { daily } },
)
