import { defineFeature } from '../../server/core/feature'
import * as m0110 from './migrations/0110_jobs'
import * as m0111 from './migrations/0111_job_shares'
import * as m0190 from './migrations/0190_job_postings_kind_pos'
import { jobsNotices } from './notices'
import { jobsPersonalData } from './personal-data'
import { jobsNext } from './next'

export const jobsFeature = defineFeature({
  name: 'jobs',
  migrations: { '0110_jobs': m0110, '0111_job_shares': m0111, '0190_job_postings_kind_pos': m0190 },
  notices: jobsNotices,
  personalData: jobsPersonalData,
  next: jobsNext,
})
