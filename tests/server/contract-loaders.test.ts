// The H5 client loads each function's contract on its first call (src/platform/contracts.h5.ts):
// every function of contract/index.ts must load to the very contract the server checks with.
import { contract, type FunctionName } from '../../contract'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadContract } from '../../src/platform/contracts.h5'
import * as weapp from '../../src/platform/contracts.weapp'

// What Taro resolves on weapp: src/platform/contracts → contracts.weapp.ts.
jest.mock('../../src/platform/contracts', () => jest.requireActual('../../src/platform/contracts.weapp'))

test.each(Object.keys(contract) as FunctionName[])('the contract of %s loads on its first call', async (fn) => {
  const loaded = await loadContract(fn)
  expect(loaded).toBe(contract[fn])
  // Loaded once: a second call gets the same promise's result.
  expect(await loadContract(fn)).toBe(loaded)
})

// weapp fetches no chunks at run time and keeps every contract (and zod) out of the main package:
// each subpackage carries its own feature's contract, registered by src/subpackages/<p>/contract.weapp.ts,
// which every page of the subpackage imports — a page opened first from a share link checks input too.
const CARRIED: Record<string, FunctionName> = {
  user: 'user',
  activities: 'activities',
  admin: 'admin',
  canteen: 'canteen',
  demands: 'demands',
  fairs: 'fairs',
  lab: 'lab',
  jobs: 'jobs',
  policies: 'policies',
  sharing: 'sharing',
  stations: 'stations',
  talent: 'talent',
  volunteers: 'volunteers',
}
const SUBPACKAGES = path.resolve(__dirname, '../../src/subpackages')

test('every subpackage carries a contract', () => {
  expect(readdirSync(SUBPACKAGES).sort()).toEqual(Object.keys(CARRIED).sort())
})

test.each(Object.entries(CARRIED))('weapp: subpackage %s carries the %s contract on every page', async (pkg, fn) => {
  expect(weapp.knownContract(fn)).toBeNull()
  await expect(weapp.loadContract(fn)).rejects.toThrow()
  await import(`../../src/subpackages/${pkg}/contract.weapp`)
  expect(weapp.knownContract(fn)).toBe(contract[fn])
  expect(await weapp.loadContract(fn)).toBe(contract[fn])
  const dir = path.join(SUBPACKAGES, pkg)
  const pages = readdirSync(dir).filter((f) => f.endsWith('.config.ts'))
  expect(pages.length).toBeGreaterThan(0)
  for (const config of pages) {
    const page = readFileSync(path.join(dir, config.replace('.config.ts', '.tsx')), 'utf8')
    expect({
      page: `${pkg}/${config.replace('.config.ts', '')}`,
      imports: page.includes(`import './contract'`),
    }).toEqual({
      page: `${pkg}/${config.replace('.config.ts', '')}`,
      imports: true,
    })
  }
})
