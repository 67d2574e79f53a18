import { defineFeature } from '../../server/core/feature'
import * as m0140 from './migrations/0140_sharing'
import { sharingNotices } from './notices'
import { sharingPersonalData } from './personal-data'

export const sharingFeature = defineFeature({
  name: 'sharing',
  migrations: { '0140_sharing': m0140 },
  notices: sharingNotices,
  personalData: sharingPersonalData,
})
