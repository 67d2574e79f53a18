// The demo content, one line per feature that has some, in the order they run (a seed may use
// what an earlier one made: communities first, then people, then each feature's records).
// Imported only by the gateway's demo mode, `npm run seed`, tests and benches — never by a cloud
// function (cloudfunctions/features.ts holds what functions bundle; tests/server/deploy.test.ts
// checks that no seed data reaches a built function).
import type { FeatureSeed } from '../server/core/feature'
import { seedActivities } from './activities/seed'
import { seedGridHandovers } from './admin/seed'
import { seedCanteens } from './canteen/seed'
import { seedCommunities } from './community/seed'
import { seedAccountsData } from './community/seed-accounts'
import { seedDemands } from './demands/seed'
import { seedFairs } from './fairs/seed'
import { seedLab } from './lab/seed'
import { seedJobs } from './jobs/seed'
import { seedPolicies } from './policies/seed'
import { seedSharing } from './sharing/seed'
import { seedStations } from './stations/seed'
import { seedTalent } from './talent/seed'
import { seedDemoUsers } from './user/seed'
import { seedVolunteers } from './volunteers/seed'

/** Communities, grids, departments and enterprises: what every other seed builds on. */
export const communitySeed: FeatureSeed = {
  feature: 'community',
  seed: async (ctx) => ({ ...(await seedCommunities(ctx)), ...(await seedAccountsData(ctx)) }),
}

export const SEEDS: readonly FeatureSeed[] = [
  communitySeed,
  { feature: 'user', seed: seedDemoUsers },
  { feature: 'admin', seed: seedGridHandovers },
  { feature: 'stations', seed: seedStations },
  { feature: 'canteen', seed: seedCanteens },
  { feature: 'activities', seed: seedActivities },
  { feature: 'policies', seed: seedPolicies },
  { feature: 'talent', seed: seedTalent },
  { feature: 'demands', seed: seedDemands },
  { feature: 'fairs', seed: seedFairs },
  { feature: 'volunteers', seed: seedVolunteers },
  { feature: 'sharing', seed: seedSharing },
  { feature: 'lab', seed: seedLab },
  { feature: 'jobs', seed: seedJobs },
]
