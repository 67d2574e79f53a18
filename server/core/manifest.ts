import { combinePersonalData, defineFeature } from './feature'
import * as m0001 from '../db/migrations/0001_foundation'
import * as m0003 from '../db/migrations/0003_notifications'
import * as m0004 from '../db/migrations/0004_reservations'
import * as m0009 from '../db/migrations/0009_reservations_system_actor'
import * as m0020 from '../db/migrations/0020_accounts'
import * as m0021 from '../db/migrations/0021_more_roles'
import * as m0061 from '../db/migrations/0061_request_answers'
import * as m0152 from '../db/migrations/0152_party_guide'
import * as m0180 from '../db/migrations/0180_pages_renamed'
import { notificationsPersonalData } from '../notify/personal-data'
import { reservationsPersonalData } from '../reservations/personal-data'

/** The server's own tables: people and sessions, timer claims, the notification outbox, the reservation core. */
export const coreFeature = defineFeature({
  name: 'core',
  migrations: {
    '0001_foundation': m0001,
    '0003_notifications': m0003,
    '0004_reservations': m0004,
    '0009_reservations_system_actor': m0009,
    '0020_accounts': m0020,
    '0021_more_roles': m0021,
    '0061_request_answers': m0061,
    '0152_party_guide': m0152,
    '0180_pages_renamed': m0180,
  },
  personalData: combinePersonalData(notificationsPersonalData, reservationsPersonalData, {
    // Answers kept a day for re-sent requests (define-function.ts): gone with the account.
    tables: ['request_answers'],
    goes: [],
    stays: [],
    export: async () => ({}),
    erase: async ({ db }, userId) =>
      void (await db.deleteFrom('request_answers').where('user_id', '=', userId).execute()),
  }),
})
