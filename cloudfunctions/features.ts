// The app's features, one line each (a feature's manifest lists its migrations, notices and
// personal data; its tables join the DB type from its tables.ts). Every cloud function bundles
// this file: a manifest imports no demo content (that is cloudfunctions/seeds.ts) nor heavy libraries.
import { coreFeature } from '../server/core/manifest'
import { functionsOf } from '../server/core/define-function'
import type { Feature } from '../server/core/feature'
import { activitiesFeature } from './activities/feature'
import { adminFeature } from './admin/feature'
import { canteenFeature } from './canteen/feature'
import { communityFeature } from './community/feature'
import { policiesFeature } from './policies/feature'
import { demandsFeature } from './demands/feature'
import { fairsFeature } from './fairs/feature'
import { sharingFeature } from './sharing/feature'
import { labFeature } from './lab/feature'
import { jobsFeature } from './jobs/feature'
import { stationsFeature } from './stations/feature'
import { talentFeature } from './talent/feature'
import { userFeature } from './user/feature'
import { volunteersFeature } from './volunteers/feature'

export const FEATURES: readonly Feature[] = [
  coreFeature,
  communityFeature,
  userFeature,
  stationsFeature,
  canteenFeature,
  activitiesFeature,
  policiesFeature,
  talentFeature,
  demandsFeature,
  fairsFeature,
  sharingFeature,
  labFeature,
  jobsFeature,
  adminFeature,
  volunteersFeature,
]

/** A cloud function of this app (in WeChat's cloud its runtime is made from these features). */
export const defineFunction = functionsOf(FEATURES)
