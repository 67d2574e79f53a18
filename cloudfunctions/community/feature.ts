import { defineFeature } from '../../server/core/feature'
import { seedCommunities } from './seed'
import { seedAccountsData } from './seed-accounts'

export const communityFeature = defineFeature({
  name: 'community',
  seed: async (ctx) => ({ ...(await seedCommunities(ctx)), ...(await seedAccountsData(ctx)) }),
})
