// Property-based fuzzing of every action of every function, as every demo role and anonymous,
// over HTTP through the real gateway: inputs generated from each action's zod schema (a small
// zod → fast-check walker; zod-fast-check does not support fast-check 4) mixed with hostile
// values. Used by tests/server/fuzz.test.ts (a few runs per action) and bench/fuzz.ts (many).
import fc from 'fast-check'
import { sql } from 'kysely'
import { z, type ZodTypeAny } from 'zod'
import { contract } from '../../contract'
import { ROLES } from '../../contract/roles'
import { DEMO_STAFF_PASSWORD } from '../../cloudfunctions/user/seed'
import type { Database } from '../../server/db'

/** Values that have hurt servers before: out-of-range numbers, wrong types, NUL, impossible dates, prototype keys. */
export const HOSTILE: unknown[] = [
  2147483648,
  -2147483649,
  2 ** 53,
  2 ** 53 + 2, // past the last exactly representable integer
  -1,
  0,
  1.5,
  -0,
  1e308,
  '1',
  '',
  null,
  true,
  false,
  [],
  {},
  [[[[[]]]]],
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '2026-13-45',
  '0000-00-00',
  '9999-12-30',
  '2026-02-30',
  '2026-02-30T00:00:00+08:00',
  '2026-11-23T12:00:00+99:99',
  '0000-01-01T00:00:00Z',
  '24:30',
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '１２３',
  'NaN',
  JSON.parse('{"__proto__":{"admin":true,"role":"admin"}}'),
  { constructor: { prototype: { admin: true } } },
  { toString: 'x', valueOf: 1 },
]
const hostile = fc.constantFrom(...HOSTILE)

/** Real ids and codes in the database, so generated inputs reach past "not found". */
export interface Pools {
  ids: number[]
  codes: string[]
}

export async function poolsOf(db: Database): Promise<Pools> {
  const ids = new Set<number>([1, 2, 3])
  const tables = [
    'communities',
    'users',
    'stations',
    'canteens',
    'canteen_menu_items',
    'activities',
    'activity_groups',
    'reservations',
    'station_reports',
    'rider_verifications',
    'inbox',
    'enterprises',
    'grids',
    'departments',
    'demands',
    'wishes',
    'visits',
    'talent_challenges',
    'talent_teams',
    'talent_needs',
    'fairs',
    'fair_booths',
    'fair_applications',
    'job_postings',
    'job_applications',
    'job_share_matches',
    'labs',
    'lab_items',
    'lab_orders',
    'sharing_projects',
    'sharing_power_rounds',
    'sharing_loan_programmes',
    'sharing_loans',
    'sharing_patents',
    'volunteer_teams',
    'volunteer_tasks',
  ] as const
  for (const t of tables) {
    const rows = await db
      .selectFrom(t as 'stations')
      .select('id')
      .orderBy('id', 'desc')
      .limit(20)
      .execute()
    for (const r of rows) ids.add(Number(r.id))
  }
  const codes = [
    ...(await db.selectFrom('reservations').select('code').limit(20).execute()).map((r) => r.code),
    ...(await db.selectFrom('stations').select('code').limit(10).execute()).map((r) => r.code),
  ]
  return { ids: [...ids], codes: codes.length ? codes : ['ABCD2345'] }
}

const TEXT_UNITS = [...'测试活动读书会骑手餐厅站点社区abcXYZ019 -_.，。']
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

/**
 * An arbitrary for a zod schema: mostly values it accepts (so calls reach the handlers), and,
 * at `hostility` > 0, each leaf replaced by a hostile value one time in (1 / hostility).
 */
export function arbitraryOf(
  schema: ZodTypeAny,
  pools: Pools,
  hostility = 0,
  key = '',
  /** Every optional field present, every list and map non-empty (for the per-field sweep). */
  full = false,
): fc.Arbitrary<unknown> {
  const inner = (s: ZodTypeAny, k = key) => arbitraryOf(s, pools, hostility, k, full)
  const leaf = (valid: fc.Arbitrary<unknown>) =>
    hostility > 0
      ? fc.oneof(
          { weight: Math.round(1 / hostility) - 1, arbitrary: valid },
          { weight: 1, arbitrary: hostile as fc.Arbitrary<unknown> },
        )
      : valid
  const def = schema._def as any
  switch (def.typeName as z.ZodFirstPartyTypeKind) {
    case z.ZodFirstPartyTypeKind.ZodObject: {
      const shape = (schema as z.ZodObject<any>).shape as Record<string, ZodTypeAny>
      const entries = Object.entries(shape).map(([k, s]) => [k, inner(s, k)] as const)
      const obj = fc.record(Object.fromEntries(entries), {
        requiredKeys: Object.entries(shape)
          .filter(([, s]) => full || !s.isOptional())
          .map(([k]) => k),
      })
      return hostility > 0
        ? fc.oneof(
            { weight: 6, arbitrary: obj },
            // An unknown field beside the real ones.
            { weight: 1, arbitrary: fc.tuple(obj, hostile).map(([o, v]) => ({ ...(o as object), userId: v })) },
          )
        : obj
    }
    case z.ZodFirstPartyTypeKind.ZodString:
      return leaf(stringArb(schema as z.ZodString, pools, key))
    case z.ZodFirstPartyTypeKind.ZodNumber:
      return leaf(numberArb(schema as z.ZodNumber, pools, key))
    case z.ZodFirstPartyTypeKind.ZodBoolean:
      return leaf(fc.boolean())
    case z.ZodFirstPartyTypeKind.ZodEnum:
      return leaf(fc.constantFrom(...(def.values as string[])))
    case z.ZodFirstPartyTypeKind.ZodLiteral:
      return leaf(fc.constant(def.value))
    case z.ZodFirstPartyTypeKind.ZodUndefined:
      return fc.constant(undefined)
    case z.ZodFirstPartyTypeKind.ZodArray: {
      const minLength = Math.max(def.minLength?.value ?? 0, full ? 1 : 0)
      const maxLength = Math.min(def.maxLength?.value ?? 5, minLength + 4)
      return leaf(fc.array(inner(def.type), { minLength, maxLength }))
    }
    case z.ZodFirstPartyTypeKind.ZodRecord:
      return leaf(
        fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), {
          minKeys: full ? 1 : 0,
          maxKeys: 4,
        }),
      )
    case z.ZodFirstPartyTypeKind.ZodOptional:
    case z.ZodFirstPartyTypeKind.ZodDefault:
      return full ? inner(def.innerType) : fc.option(inner(def.innerType), { nil: undefined, freq: 3 })
    case z.ZodFirstPartyTypeKind.ZodNullable:
      return full ? inner(def.innerType) : fc.option(inner(def.innerType), { nil: null, freq: 4 })
    case z.ZodFirstPartyTypeKind.ZodUnion:
      return fc.oneof(...(def.options as ZodTypeAny[]).map((o) => inner(o)))
    case z.ZodFirstPartyTypeKind.ZodEffects:
      return inner(def.schema)
    default:
      throw new Error(`fuzz: no arbitrary for ${def.typeName} (${key})`)
  }
}

function stringArb(s: z.ZodString, pools: Pools, key: string): fc.Arbitrary<string> {
  const checks = s._def.checks
  const max = Math.min(s.maxLength ?? 60, 60)
  const min = s.minLength ?? 0
  if (key === 'username') return fc.constantFrom('demo_admin', 'demo_shegong', 'demo_bumen', 'nobody_here', 'x')
  if (key === 'password') return fc.constantFrom(DEMO_STAFF_PASSWORD, 'wrong-password', '123456')
  if (key === 'code') return fc.oneof(fc.constantFrom(...pools.codes), fc.stringMatching(/^[A-Z2-9]{8}$/))
  if (key === 'csv') return csvArb(pools)
  if (checks.some((c) => c.kind === 'date')) {
    const today = Date.now()
    return fc.oneof(
      fc.integer({ min: -2, max: 16 }).map((d) => shanghaiDay(new Date(today + d * 86_400_000))),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map(shanghaiDay),
    )
  }
  if (checks.some((c) => c.kind === 'datetime')) {
    const now = Date.now()
    return fc.integer({ min: -2 * 86_400, max: 30 * 86_400 }).map((sec) => new Date(now + sec * 1000).toISOString())
  }
  if (checks.some((c) => c.kind === 'url')) return fc.webUrl()
  // A format of its own (station code, phone, time of day…): strings that match it.
  const formats = checks.filter((c): c is { kind: 'regex'; regex: RegExp } => c.kind === 'regex')
  const own = formats.filter((c) => !c.regex.source.includes('\\uD800')).pop()
  if (own) return fc.stringMatching(own.regex).filter((x) => x.length <= (s.maxLength ?? Infinity))
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }) },
  )
}

function numberArb(n: z.ZodNumber, pools: Pools, key: string): fc.Arbitrary<number> {
  const lo = n.minValue ?? -1e6
  const hi = n.maxValue ?? 1e6
  if (/(^id|Id|^before)$/.test(key) || key === 'ids')
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools.ids) }, fc.integer({ min: 1, max: 2_147_483_647 }))
  if (n.isInt) return fc.integer({ min: Math.max(lo, -2_147_483_648), max: Math.min(hi, 2_147_483_647) })
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })
}

function csvArb(pools: Pools): fc.Arbitrary<string> {
  const header = '站点编码,名称,类型,社区编码,运营方,地址,电话,经度,纬度,24小时,营业时间,设施,骑手优惠,夜间进入方式'
  const row = fc
    .tuple(
      fc.oneof(fc.constantFrom(...pools.codes), fc.stringMatching(/^FZ-[0-9]{2}$/)),
      fc.constantFrom('测试站', 'x', '\u0000'),
      fc.constantFrom('分站', '总站', '??'),
      fc.constantFrom('BL-LINGFENG', 'BL-DAGANG', 'NOPE'),
      fc.constantFrom('121.83', '200', 'abc'),
      fc.constantFrom('29.91', '-5', ''),
      fc.constantFrom('1-5 08:00-20:00', '8-9 99:99-00:00', ''),
    )
    .map(([code, name, tier, c, lng, lat, hours]) =>
      [code, name, tier, c, '', '某路1号', '', lng, lat, '否', hours, '', '', ''].join(','),
    )
  return fc.oneof(
    fc.array(row, { minLength: 1, maxLength: 4 }).map((rows) => [header, ...rows].join('\r\n')),
    fc.constantFrom('', 'a,b\n1,2', '"unterminated'),
  )
}

/** What each field meets in the sweep: the classes that reached the database before (issue 12). */
export const SWEEP: unknown[] = [2147483648, 'a\u0000b', '\ud800', '2026-13-45']

/** Every path to a leaf of a JSON value (object keys; of a list, its first item stands for all). */
function pathsOf(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.length ? pathsOf(v[0], [...at, 0]) : [at]
  if (v && typeof v === 'object') {
    const keys = Object.keys(v)
    return keys.length ? keys.flatMap((k) => pathsOf((v as Record<string, unknown>)[k], [...at, k])) : [at]
  }
  return [at]
}

/** A copy of `v` with the leaf at `path` replaced. */
function setAt(v: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  const copy: any = Array.isArray(v) ? [...v] : { ...(v as object) }
  copy[head] = setAt(copy[head], rest, value)
  return copy
}

/** A cheap fingerprint of every table (row count and newest row version), to see whether a call wrote. */
export async function fingerprint(db: Database, tables: string[]): Promise<string> {
  const parts = tables.map(
    // A row inserted or updated carries its transaction's id (xmin): a committed write raises the
    // table's largest xmin or changes its count (a delete). Rolled-back writes change neither.
    (t) => sql<string>`select ${t} as t, count(*)::text || ':' || coalesce(max(x.xmin::text::bigint), 0)::text as f
      from ${sql.table(t)} x`,
  )
  const { rows } = await sql<{ t: string; f: string }>`${sql.join(parts, sql` union all `)}`.execute(db)
  // Sorted here: a union of this many tables may come back in any order (a server's parallel append).
  return rows
    .map((r) => `${r.t}=${r.f}`)
    .sort()
    .join(' ')
}

/**
 * The tables whose every write must come from a successful call. Left out: sign-in counts (a
 * refused sign-in is counted by design: that is the throttle), verification codes (a wrong code
 * tried is counted against the code by design) and timer claims (no timer runs here).
 */
export async function fingerprintTables(db: Database): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    and table_name not in ('sign_in_throttle', 'sign_up_codes', 'timer_runs') order by table_name`.execute(db)
  return rows.map((r) => r.table_name)
}

export interface FuzzReport {
  requests: number
  actions: number
  internal_errors: number
  http_5xx: number
  writes_by_refused: number
  /** How the calls were answered: ok, or each refusal code (shows the inputs reach the handlers). */
  outcomes: Record<string, number>
  /** Each violation, with what was sent: enough to replay it. */
  failures: { what: string; fn: string; action: string; caller: string; body: string; status: number; reply: string }[]
}

export type Caller = 'anonymous' | (typeof ROLES)[number]
export const CALLERS: Caller[] = ['anonymous', ...ROLES]

/** Actions that end the caller's session: fuzzed anonymously, or the roles' later calls would be nobody's. */
const ENDS_SESSION = new Set(['logout', 'deleteAccount'])

/**
 * `runs` generated calls per action (callers in turn, so every role meets every action), over HTTP
 * through `app`, each checked: no INTERNAL, no 5xx, and a refused call leaves every table as it was.
 */
export async function fuzzActions(o: {
  /** The gateway's address (http://127.0.0.1:port), reached over a real socket. */
  baseUrl: string
  db: Database
  /** A fresh session token for a role (demo sign-in). */
  tokenFor: (role: Exclude<Caller, 'anonymous'>) => Promise<string>
  runs: number
  seed?: number
  /** Also some raw HTTP abuse (bad paths, bad JSON, wrong types of body). */
  raw?: number
  /** Also each field of each action, in turn, set to each of SWEEP (in an otherwise full input). */
  sweep?: boolean
}): Promise<FuzzReport> {
  const report: FuzzReport = {
    requests: 0,
    actions: 0,
    internal_errors: 0,
    http_5xx: 0,
    writes_by_refused: 0,
    outcomes: {},
    failures: [],
  }
  const tokens = new Map<Caller, string>()
  for (const role of ROLES) tokens.set(role, await o.tokenFor(role))
  const tables = await fingerprintTables(o.db)
  let pools = await poolsOf(o.db)
  let seed = o.seed ?? 20261123

  // The fingerprint after a refused call is the one before the next (nothing ran in between).
  let known: string | null = null
  const send = async (fn: string, body: string, caller: Caller, label: { fn: string; action: string }) => {
    const token = tokens.get(caller)
    const before = known ?? (await fingerprint(o.db, tables))
    known = null
    const response = await fetch(`${o.baseUrl}/api/${fn}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    const res = { statusCode: response.status, body: await response.text() }
    report.requests++
    let reply: { ok?: boolean; code?: string } = {}
    try {
      reply = JSON.parse(res.body)
    } catch {
      reply = {}
    }
    const fail = (what: string) =>
      report.failures.push({
        what,
        ...label,
        caller,
        body: body.slice(0, 500),
        status: res.statusCode,
        reply: res.body.slice(0, 300),
      })
    const outcome = reply.ok === true ? 'ok' : (reply.code ?? `http ${res.statusCode}`)
    report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1
    if (res.statusCode >= 500) {
      report.http_5xx++
      fail('http 5xx')
    }
    if (reply.code === 'INTERNAL') {
      report.internal_errors++
      fail('INTERNAL')
    }
    if (reply.ok !== true) {
      known = await fingerprint(o.db, tables)
      if (known !== before) {
        report.writes_by_refused++
        // Name the tables that changed, so a failure says where to look.
        const was = new Set(before.split(' '))
        fail(
          `refused call wrote: ${known
            .split(' ')
            .filter((t) => !was.has(t))
            .join(' ')}`,
        )
      }
    }
    return reply as { ok?: boolean; code?: string; data?: any }
  }

  for (const [fn, actions] of Object.entries(contract)) {
    for (const [action, spec] of Object.entries(actions as Record<string, { input: ZodTypeAny }>)) {
      report.actions++
      const inputs = fc.oneof(
        { weight: 3, arbitrary: arbitraryOf(spec.input, pools) },
        { weight: 3, arbitrary: arbitraryOf(spec.input, pools, 0.15) },
        { weight: 1, arbitrary: hostile },
      )
      const samples = fc.sample(inputs, { numRuns: o.runs, seed: seed++ })
      for (let i = 0; i < samples.length; i++) {
        // Signing out or deleting the account would end the session the other calls use: those go
        // anonymous (account deletion has its own tests, tests/server/account-lifecycle.test.ts).
        const caller: Caller = ENDS_SESSION.has(action) ? 'anonymous' : CALLERS[i % CALLERS.length]
        const body = JSON.stringify({ action, input: samples[i] })
        await send(fn, body ?? '{}', caller, { fn, action })
      }
      if (o.sweep) {
        const [full] = fc.sample(arbitraryOf(spec.input, pools, 0, '', true), { numRuns: 1, seed: seed++ })
        let turn = 0
        for (const path of pathsOf(full)) {
          for (const value of SWEEP) {
            const caller = ENDS_SESSION.has(action) ? 'anonymous' : CALLERS[turn++ % CALLERS.length]
            const body = JSON.stringify({ action, input: setAt(full, path, value) })
            await send(fn, body, caller, { fn, action })
          }
        }
      }
      // New records (bookings, reports…) make better targets for the actions that follow.
      pools = await poolsOf(o.db)
    }
  }

  const raw = fc.sample(
    fc.oneof(
      fc.record({
        fn: fc.constantFrom('user', 'canteen', 'x'.repeat(300), '..%2f..', '__proto__'),
        body: fc.constantFrom(
          '{',
          '[]',
          '"x"',
          'null',
          '{"action":{}}',
          '{"action":"x".repeat}',
          '{"__proto__":{"action":"me"}}',
        ),
      }),
      fc.record({
        fn: fc.constantFrom(...Object.keys(contract)),
        body: fc
          .tuple(
            fc.constantFrom('me', 'detail', 'constructor', 'hasOwnProperty', '__proto__', 'x'.repeat(100)),
            hostile,
          )
          .map(([a, i]) => JSON.stringify({ action: a, input: i })),
      }),
    ),
    { numRuns: o.raw ?? 0, seed: seed++ },
  )
  for (const r of raw) await send(r.fn, r.body, 'anonymous', { fn: r.fn.slice(0, 40), action: '(raw)' })
  return report
}
