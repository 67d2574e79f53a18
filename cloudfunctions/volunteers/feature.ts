import { defineFeature } from '../../server/core/feature'
import * as m0162 from './migrations/0162_volunteers'
import { volunteersNotices } from './notices'
import { volunteersPersonalData } from './personal-data'
import { volunteersNext } from './next'

export const volunteersFeature = defineFeature({
  name: 'volunteers',
  migrations: { '0162_volunteers': m0162 },
  notices: volunteersNotices,
  personalData: volunteersPersonalData,
  next: volunteersNext,
})
