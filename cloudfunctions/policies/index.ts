// Cloud function `policies`: the youth policy compendium and 青创导师. Anyone browses and searches
// policies; a signed-in person keeps a profile of facts and sees, per policy, 符合 / 可能符合 /
// 不符合 and what they can get in total; favourites are reminded before their deadline. Staff
// (社工, the issuing department, admins) write policies with versions and import spreadsheets.
// Mentors keep weekly office hours, booked on the reservation core (kind 'mentor').
import { policiesContract } from '../../contract/policies'
import { defineFunction } from '../features'
import { benefits } from './benefits'
import { bookMentor } from './bookMentor'
import { cancelMentorBooking } from './cancelMentorBooking'
import { decideMentorBooking } from './decideMentorBooking'
import { detail } from './detail'
import { exportPolicies } from './exportPolicies'
import { facets } from './facets'
import { favourite } from './favourite'
import { importPolicies } from './importPolicies'
import { list } from './list'
import { mentor } from './mentor'
import { mentorDesk } from './mentorDesk'
import { mentors } from './mentors'
import { myMentorBookings } from './myMentorBookings'
import { noteMentorSession } from './noteMentorSession'
import { profile } from './profile'
import { rateMentorSession } from './rateMentorSession'
import { save } from './save'
import { saveMentorProfile } from './saveMentorProfile'
import { saveProfile } from './saveProfile'
import { staffList } from './staffList'
import { sweep } from './sweep'
import { withdraw } from './withdraw'

export const main = defineFunction(
  'policies',
  policiesContract,
  {
    list,
    facets,
    detail,
    profile,
    saveProfile,
    benefits,
    favourite,
    save,
    withdraw,
    staffList,
    importPolicies,
    exportPolicies,
    mentors,
    mentor,
    bookMentor,
    myMentorBookings,
    cancelMentorBooking,
    rateMentorSession,
    mentorDesk,
    saveMentorProfile,
    decideMentorBooking,
    noteMentorSession,
  },
  { timers: { sweep } },
)
