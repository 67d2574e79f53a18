import { defineFeature } from '../../server/core/feature'
import * as m0030 from './migrations/0030_demands'
import { demandsNotices } from './notices'
import { seedDemands } from './seed'

export const demandsFeature = defineFeature({
  name: 'demands',
  migrations: { '0030_demands': m0030 },
  notices: demandsNotices,
  seed: seedDemands,
})
