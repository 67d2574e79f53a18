import { defineFeature } from '../../server/core/feature'
import { seedDemoUsers } from './seed'

export const userFeature = defineFeature({ name: 'user', seed: seedDemoUsers })
