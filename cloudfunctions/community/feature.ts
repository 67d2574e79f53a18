import { defineFeature } from '../../server/core/feature'
import { seedCommunities } from './seed'

export const communityFeature = defineFeature({ name: 'community', seed: seedCommunities })
