import { defineFeature } from '../../server/core/feature'
import * as m0050 from './migrations/0050_talent'
import * as m0051 from './migrations/0051_talent_need_applications'
import * as m0100 from './migrations/0100_talent_concepts'
import { talentNotices } from './notices'
import { talentPersonalData } from './personal-data'

export const talentFeature = defineFeature({
  name: 'talent',
  migrations: {
    '0050_talent': m0050,
    '0051_talent_need_applications': m0051,
    '0100_talent_concepts': m0100,
  },
  notices: talentNotices,
  personalData: talentPersonalData,
})
