import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { log } from './log'
import type { Runtime } from './runtime'

/**
 * The part of a call's context that domain code needs to change things: the transaction, the
 * time of the call, the runtime, and a way to act once the transaction has committed (never
 * before: a rolled-back change must leave no trace, not even a nudge).
 */
export interface TxCtx {
  db: Transaction<DB>
  now: Date
  runtime: Runtime
  afterCommit(fn: () => void | Promise<void>): void
}

/**
 * Run `work` in one transaction with a TxCtx; the after-commit actions run once it commits
 * (each registered function once, in order) and are dropped if it rolls back.
 */
export async function inTransaction<T>(runtime: Runtime, work: (ctx: TxCtx) => Promise<T>): Promise<T> {
  const after = new Set<() => void | Promise<void>>()
  const db = await runtime.database()
  const result = await db
    .transaction()
    .execute((trx) => work({ db: trx, now: runtime.now(), runtime, afterCommit: (fn) => void after.add(fn) }))
  await runAfterCommit(after)
  return result
}

/** After-commit actions: the change is already committed, so a failing one is logged, never reported as the call's failure. */
export async function runAfterCommit(after: Iterable<() => void | Promise<void>>) {
  for (const fn of after) {
    try {
      await fn()
    } catch (e) {
      log.error('after-commit action failed', { error: e instanceof Error ? e.message : String(e) })
    }
  }
}
