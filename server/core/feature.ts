import type { Migration } from 'kysely'
import type { Role } from '../../contract/roles'
import type { Template } from '../notify/template'
import type { TxCtx } from './tx'

/** What a feature's demo seed gets: the seed transaction, the time it seeds at, the runtime. */
export type SeedCtx = TxCtx

/**
 * Everything a feature brings to the app besides its handlers, as Decidim's module manifests:
 * its tables (forward-only migrations), the notices it sends, what it holds about a person. The
 * app's registry (cloudfunctions/features.ts) lists each feature once; every cloud function bundles
 * it, so a manifest imports nothing heavy. Demo content is apart (FeatureSeed).
 */
export interface Feature {
  name: string
  /**
   * Forward-only migrations. Names carry a sequence number shared by all features
   * (`0008_canteen_walk_ins`): the app applies every feature's migrations in name order.
   */
  migrations?: Record<string, Migration>
  /** Notification kinds this feature sends (server/notify/template.ts). */
  notices?: Record<string, Template>
  /** What it holds about a person: in their download, and erased or anonymised when they leave. */
  personalData?: PersonalData
  /**
   * Its tables no action writes as such, each with why: kept from other tables by the writes that
   * change those (a summary, a match list) or written by a timer. The demo seed may fill them;
   * every other table the seed fills must be one the app's actions write
   * (tests/server/seed-tables.test.ts walks them).
   */
  derivedTables?: Record<string, string>
  /**
   * The files it owns (uploads attached to its records). Reading one goes through ONE check: the
   * gateway's /files/<kind>/<id> calls this feature's `action` with `{ [idField]: id }` as the
   * caller, so the router applies the action's declared access (its guard decides who may read),
   * and serves the upload the answer (contract/define.ts `fileGrant`) names. The gateway knows no
   * feature's tables; weapp calls the same action for a temporary URL.
   */
  files?: FileKind

  /**
   * What it does when the core raises a cross-cutting moment (server/core/events.ts), in the
   * transaction of the change: features listen here instead of importing each other.
   */
  on?: { [E in keyof CoreEvents]?: (ctx: TxCtx, event: CoreEvents[E]) => Promise<void> }
  /**
   * What comes next for a person in this feature (their next booking, registration, hour, a
   * deadline they hold), at most a few, soonest first: the home page's 「接下来」 card gathers
   * every feature's in one call (community.home), so a new feature adds its own here.
   */
  next?(ctx: TxCtx, who: NextAsker): Promise<NextItem[]>
}

/** A kind of file a feature owns, and the action that says whether the caller may read one. */
export interface FileKind {
  /** The path segment: /files/<kind>/<id>. */
  kind: string
  /** An action of the feature's own function — the cloud function named like the feature (output `fileGrant`). */
  action: string
  /** The input field that carries the id. */
  idField: string
}

/** The feature whose files are of this kind; a kind declared twice is a mistake caught at start. */
export function fileKindsOf(features: readonly Feature[]): Map<string, { feature: string } & FileKind> {
  const all = new Map<string, { feature: string } & FileKind>()
  for (const f of features) {
    if (!f.files) continue
    if (all.has(f.files.kind)) throw new Error(`file kind ${f.files.kind} is declared twice (feature ${f.name})`)
    all.set(f.files.kind, { feature: f.name, ...f.files })
  }
  return all
}

/** Who asks for what comes next: the person and the departments they act for. */
export interface NextAsker {
  userId: number
  departmentIds: readonly number[]
}

/** One thing coming up for a person, as the home card shows it. */
export interface NextItem {
  /** What kind of thing: 订餐预约, 活动报名, 导师预约, 诉求时限… */
  label: string
  title: string
  /** When it starts, or is due (ISO). */
  at: string
  /** The page that shows it. */
  url: string
  /** A deadline already past (still open). */
  overdue?: boolean
}

/** Moments the core raises for every feature to act on (their manifests' `on`). */
export interface CoreEvents {
  /** A role grant was revoked (by an admin, or as part of deleting the account). */
  roleRevoked: {
    userId: number
    role: Role
    grantId: number
    by: number
    /** Revoked as part of deleting the account (its features' erase then tells people in their words). */
    accountDeleted: boolean
  }
  /** An account is being deleted: its grants are revoked, its features' data not yet erased. */
  accountDeleted: { userId: number }
  /**
   * A person moved to another community (first use or a move between parks): what of theirs is
   * still waiting for review moves along to the new community's staff. Listeners add to `moved`
   * how many waiting items they moved (the move's audit entry counts them).
   */
  communityMoved: { userId: number; from: number; to: number; moved: { count: number } }
}

/**
 * A feature's part of a person's data (PIPL). Every table with a column naming a user is listed
 * by some feature (tests/server/personal-data.test.ts checks against the database), so a new
 * table cannot be forgotten by the download or by account deletion.
 */
export interface PersonalData {
  /** The tables it covers. */
  tables: readonly string[]
  /** What goes and what stays when the account is deleted, in Chinese, for the confirmation screen. */
  goes: readonly string[]
  stays: readonly string[]
  /** Its section of the download: the person's own data in full, other people's masked. */
  export(ctx: TxCtx, userId: number): Promise<Record<string, unknown>>
  /** Account deletion, in the deletion's transaction: erase or anonymise; keep what counts must keep. */
  erase(ctx: TxCtx, userId: number): Promise<void>
  /** Live bookings/registrations that keep their seat after deletion (the screen asks to cancel first). */
  upcoming?(ctx: TxCtx, userId: number): Promise<number>
}

/**
 * A feature's demo content, idempotent. Seeds are listed in cloudfunctions/seeds.ts, which only the
 * gateway's demo mode, `npm run seed`, tests and benches import — never a deployed function, so a
 * function bundles no demo data (and none of the libraries only the seeds use).
 */
export interface FeatureSeed {
  feature: string
  seed: (ctx: SeedCtx) => Promise<Record<string, number>>
}

export const defineFeature = <F extends Feature>(feature: F): F => feature

/** All features' migrations in one map; a name used twice is a mistake caught at start. */
export function migrationsOf(features: readonly Feature[]): Record<string, Migration> {
  const all: Record<string, Migration> = {}
  for (const f of features) {
    for (const [name, m] of Object.entries(f.migrations ?? {})) {
      if (all[name]) throw new Error(`migration ${name} is declared twice (feature ${f.name})`)
      all[name] = m
    }
  }
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)))
}

/** All features' notices by kind; a kind declared twice is a mistake caught at start. */
export function noticesOf(features: readonly Feature[]): Map<string, Template> {
  const all = new Map<string, Template>()
  for (const f of features) {
    for (const [kind, t] of Object.entries(f.notices ?? {})) {
      if (all.has(kind)) throw new Error(`notice ${kind} is declared twice (feature ${f.name})`)
      all.set(kind, t)
    }
  }
  return all
}

/** Several parts of one feature's personal data as one (the core's notifications and reservations). */
export function combinePersonalData(...parts: PersonalData[]): PersonalData {
  return {
    tables: parts.flatMap((p) => p.tables),
    goes: parts.flatMap((p) => p.goes),
    stays: parts.flatMap((p) => p.stays),
    async export(ctx, userId) {
      const out: Record<string, unknown> = {}
      for (const p of parts) Object.assign(out, await p.export(ctx, userId))
      return out
    },
    async erase(ctx, userId) {
      for (const p of parts) await p.erase(ctx, userId)
    },
    async upcoming(ctx, userId) {
      let n = 0
      for (const p of parts) n += (await p.upcoming?.(ctx, userId)) ?? 0
      return n
    },
  }
}
