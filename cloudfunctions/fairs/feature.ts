import { defineFeature } from '../../server/core/feature'
import * as m0120 from './migrations/0120_fairs'
import { fairNotices } from './notices'
import { fairsPersonalData } from './personal-data'
import { fairsNext } from './next'

export const fairsFeature = defineFeature({
  name: 'fairs',
  migrations: { '0120_fairs': m0120 },
  notices: fairNotices,
  personalData: fairsPersonalData,
  next: fairsNext,
})
