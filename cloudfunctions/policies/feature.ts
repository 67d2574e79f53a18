import { defineFeature } from '../../server/core/feature'
import { policyEvents } from './events'
import * as m0040 from './migrations/0040_policies'
import * as m0171 from './migrations/0171_policy_prizes'
import { policyNotices } from './notices'
import { policiesPersonalData } from './personal-data'
import { policiesNext } from './next'

export const policiesFeature = defineFeature({
  name: 'policies',
  next: policiesNext,
  migrations: { '0040_policies': m0040, '0171_policy_prizes': m0171 },
  notices: policyNotices,
  on: policyEvents,
  personalData: policiesPersonalData,
  derivedTables: {
    policy_matches:
      "who each policy matches, recomputed from a person's profile and the policies' rules (saveProfile, save, the nightly sweep)",
  },
})
