// The H5 client loads each function's contract on its first call (src/platform/contracts.h5.ts):
// every function of contract/index.ts must load to the very contract the server checks with.
import { contract, type FunctionName } from '../../contract'
import { loadContract } from '../../src/platform/contracts.h5'

test.each(Object.keys(contract) as FunctionName[])('the contract of %s loads on its first call', async (fn) => {
  const loaded = await loadContract(fn)
  expect(loaded).toBe(contract[fn])
  // Loaded once: a second call gets the same promise's result.
  expect(await loadContract(fn)).toBe(loaded)
})
