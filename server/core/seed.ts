import type { FeatureSeed } from './feature'
import type { Runtime } from './runtime'
import { inTransaction } from './tx'

/**
 * Demo content: the seeds (cloudfunctions/seeds.ts) in their order, in one transaction. Idempotent:
 * rows are keyed by natural keys and upserted or skipped, so a second run changes nothing.
 */
export async function seedDemo(runtime: Runtime, seeds: readonly FeatureSeed[]): Promise<Record<string, number>> {
  return inTransaction(runtime, async (ctx) => {
    const counts: Record<string, number> = {}
    for (const s of seeds) Object.assign(counts, await s.seed(ctx))
    return counts
  })
}
