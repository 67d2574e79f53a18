import { defineFeature } from '../../server/core/feature'
import * as m0011 from './migrations/0011_sign_in_throttle'
import * as m0022 from './migrations/0022_account_reviews'
import * as m0170 from './migrations/0170_sign_up_codes'
import { userNotices } from './notices'
import { userPersonalData } from './personal-data'
import './tables'

export const userFeature = defineFeature({
  name: 'user',
  migrations: { '0011_sign_in_throttle': m0011, '0022_account_reviews': m0022, '0170_sign_up_codes': m0170 },
  notices: userNotices,
  personalData: userPersonalData,
})
