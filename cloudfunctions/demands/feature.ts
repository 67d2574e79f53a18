import { combinePersonalData, defineFeature } from '../../server/core/feature'
import * as m0030 from './migrations/0030_demands'
import * as m0031 from './migrations/0031_demand_stats'
import * as m0060 from './migrations/0060_uploads_in_database'
import * as m0150 from './migrations/0150_visits'
import * as m0160 from './migrations/0160_wish_claims'
import { demandsNotices } from './notices'
import { demandsPersonalData } from './personal-data'
import { wishClaimNotices } from './wish-claim-notices'
import { wishClaimsPersonalData } from './wish-claims-personal-data'
import { demandsNext } from './next'

export const demandsFeature = defineFeature({
  name: 'demands',
  next: demandsNext,
  // An attachment: whoever may see what it is attached to (/files/demands/<id>, or /files/<id>).
  files: { kind: 'demands', action: 'fileAccess', idField: 'attachmentId' },
  migrations: {
    '0030_demands': m0030,
    '0031_demand_stats': m0031,
    '0060_uploads_in_database': m0060,
    '0150_visits': m0150,
    '0160_wish_claims': m0160,
  },
  notices: { ...demandsNotices, ...wishClaimNotices },
  // Claims first: they name wishes that demands' part then erases.
  personalData: combinePersonalData(wishClaimsPersonalData, demandsPersonalData),
  derivedTables: {
    demand_stats:
      'the statistics summary, kept by the writes that file, dispatch, close and rate demands (migration 0031)',
    visit_last: "each enterprise's last recorded visit, kept by a trigger on visits (migration 0150)",
  },
})
