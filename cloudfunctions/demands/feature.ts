import { defineFeature } from '../../server/core/feature'
import * as m0030 from './migrations/0030_demands'
import * as m0031 from './migrations/0031_demand_stats'
import * as m0060 from './migrations/0060_uploads_in_database'
import { demandsNotices } from './notices'
import { demandsPersonalData } from './personal-data'
import { demandsNext } from './next'

export const demandsFeature = defineFeature({
  name: 'demands',
  next: demandsNext,
  migrations: {
    '0030_demands': m0030,
    '0031_demand_stats': m0031,
    '0060_uploads_in_database': m0060,
  },
  notices: demandsNotices,
  personalData: demandsPersonalData,
  derivedTables: {
    demand_stats:
      'the statistics summary, kept by the writes that file, dispatch, close and rate demands (migration 0031)',
  },
})
