import type { Runtime } from './runtime'
import { inTransaction } from './tx'

/**
 * Demo content: every feature's seed, in the registry's order, in one transaction. Idempotent:
 * rows are keyed by natural keys and upserted or skipped, so a second run changes nothing.
 */
export async function seedDemo(runtime: Runtime): Promise<Record<string, number>> {
  return inTransaction(runtime, async (ctx) => {
    const counts: Record<string, number> = {}
    for (const f of runtime.features) if (f.seed) Object.assign(counts, await f.seed(ctx))
    return counts
  })
}
