import { defineFeature } from '../../server/core/feature'
import { activityEvents } from './events'
import * as m0006 from './migrations/0006_activities'
import * as m0071 from './migrations/0071_activity_groups_kept'
import { activityNotices } from './notices'
import { activitiesPersonalData } from './personal-data'
import { activitiesNext } from './next'

export const activitiesFeature = defineFeature({
  name: 'activities',
  next: activitiesNext,
  migrations: { '0006_activities': m0006, '0071_activity_groups_kept': m0071 },
  notices: activityNotices,
  on: activityEvents,
  personalData: activitiesPersonalData,
})
