import { defineFeature } from '../../server/core/feature'
import * as m0011 from './migrations/0011_sign_in_throttle'
import { seedDemoUsers } from './seed'

export const userFeature = defineFeature({
  name: 'user',
  migrations: { '0011_sign_in_throttle': m0011 },
  seed: seedDemoUsers,
})
