import { openDatabase, type Database, type OpenOptions } from '../db'
import { noticesOf, migrationsOf, type Feature } from './feature'
import { inWeChatCloud } from './identity'
import type { PushChannel } from '../notify/channels/types'
import { pushChannelFromEnvironment } from '../notify/config'
import type { Template } from '../notify/template'
import type { SmsSender } from '../sms/types'

/**
 * What a call runs on: the database, the clock, where pushes go, and the app's features.
 * The host builds one — the gateway at start, a test suite or a bench for itself, and in
 * WeChat's cloud each function process from its environment — and hands it to the functions
 * with each call (define-function.ts). Nothing else in the server holds such state.
 */
export interface Runtime {
  /** The database, opened and migrated on first use. */
  database(): Promise<Database>
  /** The time handlers see as `ctx.now`. */
  now(): Date
  /** Where subscribe messages go: WeChat in its cloud, the recording channel elsewhere. */
  push(): PushChannel
  /**
   * Where verification codes go when the host chooses (tests: a recording sender they read);
   * otherwise the user function takes the environment's (server/sms/config.ts), so no other
   * function bundles the SMS code.
   */
  sms?: () => SmsSender
  /** Every feature's notice kinds, for the dispatcher. */
  readonly notices: ReadonlyMap<string, Template>
  readonly features: readonly Feature[]
  /** A commit queued a notification due now: where a process stays up, deliver it now. */
  dispatchSoon(): void
}

export interface RuntimeOptions {
  features: readonly Feature[]
  /** An open database, or how to open one (migrated with the features' migrations). */
  database: Database | Omit<OpenOptions, 'migrations'>
  clock?: () => Date
  push?: PushChannel | (() => PushChannel)
  sms?: SmsSender | (() => SmsSender)
  dispatchSoon?: () => void
}

export function createRuntime(o: RuntimeOptions): Runtime {
  let db: Promise<Database> | null = isDatabase(o.database) ? Promise.resolve(o.database) : null
  let push: PushChannel | null = null
  const notices = noticesOf(o.features)
  return {
    features: o.features,
    notices,
    database() {
      if (!db) {
        const how = o.database as Omit<OpenOptions, 'migrations'>
        db = openDatabase({ ...how, migrations: migrationsOf(o.features) })
        // A failed open (server unreachable) is retried by the next call, not remembered.
        db.catch(() => (db = null))
      }
      return db
    },
    now: o.clock ?? (() => new Date()),
    push() {
      // A function is asked each time (a test swaps channels); otherwise one channel per runtime.
      if (typeof o.push === 'function') return o.push()
      return (push ??= o.push ?? pushChannelFromEnvironment())
    },
    sms: o.sms === undefined ? undefined : typeof o.sms === 'function' ? o.sms : () => o.sms as SmsSender,
    dispatchSoon: o.dispatchSoon ?? (() => undefined),
  }
}

const isDatabase = (d: RuntimeOptions['database']): d is Database => typeof (d as Database).transaction === 'function'

/**
 * The runtime of a cloud-function process in WeChat's cloud (or any host that gives none):
 * the PostgreSQL server from DATABASE_URL — never PGlite there — the real clock, WeChat pushes.
 * Pushes wait for the dispatcher's minute timer: nothing stays up between calls.
 */
export function environmentRuntime(features: readonly Feature[]): Runtime {
  const url = process.env.DATABASE_URL
  if (!url && inWeChatCloud()) throw new Error('DATABASE_URL is required in WeChat cloud')
  return createRuntime({ features, database: { url, dataDir: process.env.LIANSHE_DATA_DIR ?? '.data/pglite' } })
}
