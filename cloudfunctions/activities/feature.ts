import { defineFeature } from '../../server/core/feature'
import * as m0006 from './migrations/0006_activities'
import { activityNotices } from './notices'
import { activitiesPersonalData } from './personal-data'

export const activitiesFeature = defineFeature({
  name: 'activities',
  migrations: { '0006_activities': m0006 },
  notices: activityNotices,
  personalData: activitiesPersonalData,
})
