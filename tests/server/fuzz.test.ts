import type { FastifyInstance } from 'fastify'
import { z, type ZodTypeAny } from 'zod'
import { contract } from '../../contract'
import { INT4_MAX } from '../../contract/define'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { fuzzActions } from '../helpers/fuzz'
import { main as user } from '../../cloudfunctions/user/index'

// Every action of every function, as every demo role and anonymous, over HTTP, with inputs
// generated from its contract and hostile values: never INTERNAL, never a 5xx, and a refused
// call writes nothing. A few runs per action here; `npm run bench -- fuzz` runs thousands.
const RUNS = Number(process.env.FUZZ_RUNS ?? 6)

describeEachDatabase('fuzz: every action, every role, hostile input', (ctx) => {
  withDemoContent(ctx)
  let app: FastifyInstance
  let baseUrl = ''
  beforeAll(async () => {
    app = await createGateway({ functions: await loadFunctions(), runtime: ctx.runtime })
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(() => app.close())

  test('no INTERNAL, no 5xx, refused calls write nothing', async () => {
    const report = await fuzzActions({
      baseUrl,
      db: ctx.db,
      tokenFor: (role) => ctx.demoToken(user, role),
      runs: RUNS,
      raw: 40,
      sweep: true,
    })
    if (process.env.FUZZ_DEBUG) console.log(JSON.stringify({ ...report, failures: report.failures.length }))
    expect(report.failures).toEqual([])
    // The generated inputs get past validation and authorization often enough to mean something:
    // most staff-only and record-bound actions refuse random callers, so on average three ok
    // answers for every four actions (280 of 327 before the id pools held the newer features' records).
    expect(report.outcomes.ok).toBeGreaterThanOrEqual(Math.ceil(report.actions * 0.75))
    expect(report.actions).toBeGreaterThanOrEqual(60)
    expect(report.requests).toBeGreaterThanOrEqual(report.actions * RUNS)
    // ~250 actions × every role × RUNS: minutes on a quiet machine, more on a busy one.
  }, 900_000)
})

/** Every leaf of an input schema, with its path. */
function leaves(schema: ZodTypeAny, path: string, out: { path: string; schema: ZodTypeAny }[] = []) {
  const def = schema._def as any
  switch (def.typeName as z.ZodFirstPartyTypeKind) {
    case z.ZodFirstPartyTypeKind.ZodObject:
      for (const [k, s] of Object.entries((schema as z.ZodObject<any>).shape))
        leaves(s as ZodTypeAny, `${path}.${k}`, out)
      break
    case z.ZodFirstPartyTypeKind.ZodArray:
      leaves(def.type, `${path}[]`, out)
      break
    case z.ZodFirstPartyTypeKind.ZodRecord:
      leaves(def.keyType, `${path}{key}`, out)
      leaves(def.valueType, `${path}{}`, out)
      break
    case z.ZodFirstPartyTypeKind.ZodUnion:
      for (const o of def.options) leaves(o, path, out)
      break
    case z.ZodFirstPartyTypeKind.ZodOptional:
    case z.ZodFirstPartyTypeKind.ZodNullable:
    case z.ZodFirstPartyTypeKind.ZodDefault:
      leaves(def.innerType, path, out)
      break
    case z.ZodFirstPartyTypeKind.ZodEffects:
      leaves(def.schema, path, out)
      break
    default:
      out.push({ path, schema })
  }
  return out
}

describe('the contract: every input field is bounded to what PostgreSQL stores', () => {
  const all = Object.entries(contract).flatMap(([fn, actions]) =>
    Object.entries(actions as Record<string, { input: ZodTypeAny }>).flatMap(([action, spec]) =>
      leaves(spec.input, `${fn}.${action}`),
    ),
  )
  // Columns that are int8 (bigserial): reservations and the inbox.
  const BIGINT = /\.(bookingId|registrationId|before|ids\[\])$/

  test('every text refuses NUL and unpaired surrogates', () => {
    const strings = all.filter((l) => l.schema instanceof z.ZodString)
    expect(strings.length).toBeGreaterThan(40)
    const leaky = strings.filter((l) => ['a\u0000b', 'a\ud800b'].some((v) => l.schema.safeParse(v).success))
    expect(leaky.map((l) => l.path)).toEqual([])
  })

  test('every id is bounded to its column, every number finite', () => {
    const numbers = all.filter((l) => l.schema instanceof z.ZodNumber) as { path: string; schema: z.ZodNumber }[]
    const unbounded = numbers.filter(({ path, schema }) => {
      if (!schema.isFinite) return true
      if (!/(\.id|Id|\.before|\.ids\[\])$/.test(path)) return false
      const max = BIGINT.test(path) ? Number.MAX_SAFE_INTEGER : INT4_MAX
      return !schema.isInt || schema.minValue !== 1 || schema.maxValue !== max
    })
    expect(unbounded.map((l) => l.path)).toEqual([])
  })
})
