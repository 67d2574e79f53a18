import { defineFeature } from '../../server/core/feature'
import { policyEvents } from './events'
import * as m0040 from './migrations/0040_policies'
import { policyNotices } from './notices'
import { policiesPersonalData } from './personal-data'
import { seedPolicies } from './seed'

export const policiesFeature = defineFeature({
  name: 'policies',
  migrations: { '0040_policies': m0040 },
  notices: policyNotices,
  seed: seedPolicies,
  on: policyEvents,
  personalData: policiesPersonalData,
})
