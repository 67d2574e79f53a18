// The time a test runtime starts at when a test sets none: a fixed instant, so no test depends on
// the day it runs (demo content is seeded relative to it). It moves on with the real time elapsed
// since the suite started, so timeouts, ordering and "N 分钟前" still behave.
// LIANSHE_TEST_NOW (ISO 8601) runs the suites at another instant.
export const TEST_EPOCH = new Date(process.env.LIANSHE_TEST_NOW ?? '2026-11-23T10:00:00+08:00') // a Monday
if (Number.isNaN(TEST_EPOCH.getTime()))
  throw new Error(`LIANSHE_TEST_NOW is not a date: ${process.env.LIANSHE_TEST_NOW}`)

const startedAt = Date.now()

/** The default clock of every test runtime (tests/helpers/databases.ts, tests/helpers/app.ts). */
export const testClock = () => new Date(TEST_EPOCH.getTime() + (Date.now() - startedAt))
