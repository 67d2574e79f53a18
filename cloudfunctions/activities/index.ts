// Cloud function `activities`: community activities on the one reservation core. Workers browse,
// sign up (or join the waitlist), cancel and check in with a code; organizers create, edit,
// duplicate, reschedule and cancel, review sign-ups and run the roster; interest groups, made and archived by the community's 社工.
import { activitiesContract } from '../../contract/activities'
import { defineFunction } from '../features'
import { cancel } from './cancel'
import { cancelActivity } from './cancelActivity'
import { checkIn } from './checkIn'
import { confirmOffer } from './confirmOffer'
import { detail } from './detail'
import { duplicate } from './duplicate'
import { expireOffers } from './expireOffers'
import { exportRoster } from './exportRoster'
import { archiveGroup } from './archiveGroup'
import { groups } from './groups'
import { saveGroup } from './saveGroup'
import { joinGroup } from './joinGroup'
import { leaveGroup } from './leaveGroup'
import { list } from './list'
import { mine } from './mine'
import { reschedule } from './reschedule'
import { review } from './review'
import { roster } from './roster'
import { save } from './save'
import { signUp } from './signUp'

export const main = defineFunction(
  'activities',
  activitiesContract,
  {
    list,
    detail,
    signUp,
    cancel,
    confirmOffer,
    mine,
    save,
    duplicate,
    reschedule,
    cancelActivity,
    roster,
    exportRoster,
    checkIn,
    review,
    groups,
    joinGroup,
    leaveGroup,
    saveGroup,
    archiveGroup,
  },
  { timers: { expireOffers } },
)
