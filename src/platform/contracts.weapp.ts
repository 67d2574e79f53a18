import type { Contract, FunctionName } from '../../contract'

/**
 * weapp: no contract and no zod in the main package (WeChat loads a package's code at once and
 * fetches no chunks at run time; the main package is held to the budget of scripts/size-check.mjs).
 * Each subpackage carries its own feature's contract: its pages import `./contract`, whose weapp
 * file registers it here (src/subpackages/<f>/contract.weapp.ts). Taro puts a module that only one
 * subpackage's pages import in that subpackage. Until a function's contract is here — main-package
 * pages, or a page calling another feature's function — call.ts sends without checking: the server
 * checks every input with the same Chinese words. Same signatures as contracts.h5.ts.
 */
const here = new Map<FunctionName, unknown>()

/** A subpackage's page makes its feature's contract known (once per subpackage; later calls are no-ops). */
export function registerContract<F extends FunctionName>(fn: F, c: Contract[F]): void {
  if (!here.has(fn)) here.set(fn, c)
}

/** The contract if a loaded subpackage registered it; weapp fetches nothing, so otherwise a refusal. */
export function loadContract<F extends FunctionName>(fn: F): Promise<Contract[F]> {
  const c = here.get(fn) as Contract[F] | undefined
  return c ? Promise.resolve(c) : Promise.reject(new Error(`contract of ${fn} is not in this package`))
}

/** The contract if a loaded subpackage registered it, else null. */
export function knownContract<F extends FunctionName>(fn: F): Contract[F] | null {
  return (here.get(fn) as Contract[F] | undefined) ?? null
}
