import type { Migration } from 'kysely'
import type { Template } from '../notify/template'
import type { TxCtx } from './tx'

/** What a feature's demo seed gets: the seed transaction, the time it seeds at, the runtime. */
export type SeedCtx = TxCtx

/**
 * Everything a feature brings to the app besides its handlers, as Decidim's module manifests:
 * its tables (forward-only migrations), the notices it sends, and its demo content. The app's
 * registry (cloudfunctions/features.ts) lists each feature once.
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
  /** Demo content, idempotent; runs in the registry's order inside one transaction. */
  seed?: (ctx: SeedCtx) => Promise<Record<string, number>>
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
