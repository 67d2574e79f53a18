import { defineFeature } from '../../server/core/feature'
import * as m0005 from './migrations/0005_canteen'
import * as m0010 from './migrations/0010_canteen_walk_ins'
import * as m0070 from './migrations/0070_canteen_places'
import { canteenEvents } from './events'
import * as m0161 from './migrations/0161_canteen_rider_codes'
import { canteenNotices } from './notices'
import { canteenPersonalData } from './personal-data'
import { canteenNext } from './next'

export const canteenFeature = defineFeature({
  name: 'canteen',
  next: canteenNext,
  migrations: {
    '0005_canteen': m0005,
    '0010_canteen_walk_ins': m0010,
    '0070_canteen_places': m0070,
    '0161_canteen_rider_codes': m0161,
  },
  notices: canteenNotices,
  personalData: canteenPersonalData,
  on: canteenEvents,
})
