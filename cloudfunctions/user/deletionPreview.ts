import { handler, own } from '../../server/core/define-function'
import { deletionBlocker } from './domain/delete-account'

/**
 * The confirmation screen, from the features themselves: each says what of a person it erases and
 * what it keeps (server/core/feature.ts PersonalData), so the screen stays true as features arrive.
 */
export const deletionPreview = handler('user', 'deletionPreview', {
  access: own("what deleting the caller's account would do"),
  async run(ctx) {
    const parts = ctx.runtime.features.flatMap((f) => (f.personalData ? [f.personalData] : []))
    let upcoming = 0
    for (const p of parts) upcoming += (await p.upcoming?.(ctx, ctx.user.id)) ?? 0
    return {
      goes: parts.flatMap((p) => p.goes),
      stays: parts.flatMap((p) => p.stays),
      upcoming,
      blockedBy: await deletionBlocker(ctx, ctx.user, false),
    }
  },
})
