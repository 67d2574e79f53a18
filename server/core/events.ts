import type { CoreEvents } from './feature'
import type { TxCtx } from './tx'

/**
 * Raise a cross-cutting moment (a role revoked, an account deleted) in the caller's transaction:
 * every feature that listens in its manifest (`on`) acts on it, in the registry's order. A
 * listener that refuses undoes the whole change.
 */
export async function raise<E extends keyof CoreEvents>(ctx: TxCtx, event: E, payload: CoreEvents[E]) {
  for (const feature of ctx.runtime.features) {
    const listener = feature.on?.[event] as ((ctx: TxCtx, e: CoreEvents[E]) => Promise<void>) | undefined
    if (listener) await listener(ctx, payload)
  }
}
