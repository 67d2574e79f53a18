import { defineFeature } from '../../server/core/feature'
import * as m0026 from './migrations/0026_admin_search'
import * as m0151 from './migrations/0151_grid_handovers'
import { adminNotices } from './notices'
import { adminPersonalData } from './personal-data'

export const adminFeature = defineFeature({
  name: 'admin',
  migrations: { '0026_admin_search': m0026, '0151_grid_handovers': m0151 },
  notices: adminNotices,
  personalData: adminPersonalData,
})
