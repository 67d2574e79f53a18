/**
 * The time handlers see as `ctx.now`. Tests set it to check time rules (open now, cut-offs,
 * midnight) at chosen moments; everything else uses the real clock.
 */
let source: () => Date = () => new Date()

export const clockNow = () => source()

export function setClock(fn: (() => Date) | null) {
  source = fn ?? (() => new Date())
}
