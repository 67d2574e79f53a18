import { contract, type Contract, type FunctionName } from '../../contract'

/**
 * weapp: the whole contract in the main package, as before. WeChat loads a package's code at once
 * (no chunks fetched at run time), and the main package is measured by `npm run size`, not the
 * H5 first screen. Same signature as contracts.h5.ts, so call.ts has one path.
 */
export function loadContract<F extends FunctionName>(fn: F): Promise<Contract[F]> {
  return Promise.resolve(contract[fn])
}

/** weapp has every contract at once. */
export function knownContract<F extends FunctionName>(fn: F): Contract[F] {
  return contract[fn]
}
