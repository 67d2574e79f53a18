import { defineFeature } from '../../server/core/feature'
import * as m0110 from './migrations/0110_jobs'
import { jobsNotices } from './notices'
import { jobsPersonalData } from './personal-data'

export const jobsFeature = defineFeature({
  name: 'jobs',
  migrations: { '0110_jobs': m0110 },
  notices: jobsNotices,
  personalData: jobsPersonalData,
})
