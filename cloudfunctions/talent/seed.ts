import type { SeedCtx } from '../../server/core/feature'

export async function seedTalent(_ctx: SeedCtx) {
  return {}
}
