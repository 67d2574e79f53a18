import type { Contract, FunctionName } from '../../contract'

/**
 * Each cloud function's contract (its zod schemas and Chinese messages) in a chunk of its own,
 * fetched the first time a page calls that function: a first screen carries the contracts of the
 * functions it calls, not every feature's (contract/index.ts holds them all for the server and
 * grows with each feature). The mapped type makes a function missing here a type error: a new
 * feature adds its line to contract/index.ts and one here.
 */
const loaders: { [F in FunctionName]: () => Promise<Contract[F]> } = {
  user: () => import(/* webpackChunkName: "contract-user" */ '../../contract/user').then((m) => m.userContract),
  community: () =>
    import(/* webpackChunkName: "contract-community" */ '../../contract/community').then((m) => m.communityContract),
  stations: () =>
    import(/* webpackChunkName: "contract-stations" */ '../../contract/stations').then((m) => m.stationsContract),
  notifications: () =>
    import(/* webpackChunkName: "contract-notifications" */ '../../contract/notifications').then(
      (m) => m.notificationsContract,
    ),
  canteen: () =>
    import(/* webpackChunkName: "contract-canteen" */ '../../contract/canteen').then((m) => m.canteenContract),
  activities: () =>
    import(/* webpackChunkName: "contract-activities" */ '../../contract/activities').then((m) => m.activitiesContract),
  demands: () =>
    import(/* webpackChunkName: "contract-demands" */ '../../contract/demands').then((m) => m.demandsContract),
  fairs: () => import(/* webpackChunkName: "contract-fairs" */ '../../contract/fairs').then((m) => m.fairsContract),
  lab: () => import(/* webpackChunkName: "contract-lab" */ '../../contract/lab').then((m) => m.labContract),
  admin: () => import(/* webpackChunkName: "contract-admin" */ '../../contract/admin').then((m) => m.adminContract),
  policies: () =>
    import(/* webpackChunkName: "contract-policies" */ '../../contract/policies').then((m) => m.policiesContract),
  sharing: () =>
    import(/* webpackChunkName: "contract-sharing" */ '../../contract/sharing').then((m) => m.sharingContract),
  jobs: () => import(/* webpackChunkName: "contract-jobs" */ '../../contract/jobs').then((m) => m.jobsContract),
  talent: () => import(/* webpackChunkName: "contract-talent" */ '../../contract/talent').then((m) => m.talentContract),
  volunteers: () =>
    import(/* webpackChunkName: "contract-volunteers" */ '../../contract/volunteers').then((m) => m.volunteersContract),
}

const loaded = new Map<FunctionName, Promise<unknown>>()
const here = new Map<FunctionName, unknown>()

/** The contract of one function, loaded once; a failed load (network) is tried again on the next call. */
export function loadContract<F extends FunctionName>(fn: F): Promise<Contract[F]> {
  let p = loaded.get(fn) as Promise<Contract[F]> | undefined
  if (!p) {
    p = loaders[fn]().then((c) => {
      here.set(fn, c)
      return c
    }) as Promise<Contract[F]>
    loaded.set(fn, p)
    p.catch(() => loaded.delete(fn))
  }
  return p
}

/**
 * A contract this page already holds (weapp subpackages register theirs, contracts.weapp.ts); on
 * H5 pages don't call it — each contract comes in its own chunk on the first call — but it counts.
 */
export function registerContract<F extends FunctionName>(fn: F, c: Contract[F]): void {
  if (here.has(fn)) return
  here.set(fn, c)
  loaded.set(fn, Promise.resolve(c))
}

/**
 * The contract if it is already here, else null: call.ts never waits for schemas (zod and the
 * contract are ~25 KB gz) before a first screen's request; the server checks every input anyway,
 * with the same Chinese words.
 */
export function knownContract<F extends FunctionName>(fn: F): Contract[F] | null {
  return (here.get(fn) as Contract[F] | undefined) ?? null
}
