import { defineFeature } from '../../server/core/feature'
import { activityEvents } from './events'
import * as m0006 from './migrations/0006_activities'
import { activityNotices } from './notices'
import { activitiesPersonalData } from './personal-data'
import { seedActivities } from './seed'

export const activitiesFeature = defineFeature({
  name: 'activities',
  migrations: { '0006_activities': m0006 },
  notices: activityNotices,
  seed: seedActivities,
  on: activityEvents,
  personalData: activitiesPersonalData,
})
