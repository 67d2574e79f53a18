import { defineFeature } from '../../server/core/feature'
import * as m0140 from './migrations/0140_sharing'
import { sharingNotices } from './notices'
import { sharingPersonalData } from './personal-data'

export const sharingFeature = defineFeature({
  name: 'sharing',
  migrations: { '0140_sharing': m0140 },
  notices: sharingNotices,
  personalData: sharingPersonalData,
  // A 红链贷 material: the applying enterprise and the bank of the application (/files/sharing/<file id>).
  files: { kind: 'sharing', action: 'loanFile', idField: 'loanFileId' },
})
