import { defineFeature } from '../../server/core/feature'
import * as m0026 from './migrations/0026_admin_search'
import { adminNotices } from './notices'

export const adminFeature = defineFeature({
  name: 'admin',
  migrations: { '0026_admin_search': m0026 },
  notices: adminNotices,
})
