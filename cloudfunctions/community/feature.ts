import { defineFeature } from '../../server/core/feature'

export const communityFeature = defineFeature({
  name: 'community',
})
