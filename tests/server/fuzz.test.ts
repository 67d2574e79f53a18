import type { FastifyInstance } from 'fastify'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { fuzzActions } from '../helpers/fuzz'
import { main as user } from '../../cloudfunctions/user/index'

// Every action of every function, as every demo role and anonymous, over HTTP, with inputs
// generated from its contract and hostile values: never INTERNAL, never a 5xx, and a refused
// call writes nothing. A few runs per action here; `npm run bench -- fuzz` runs thousands.
const RUNS = Number(process.env.FUZZ_RUNS ?? 12)

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
    })
    expect(report.failures).toEqual([])
    // The generated inputs get past validation and authorization often enough to mean something.
    expect(report.outcomes.ok).toBeGreaterThan(report.requests / 10)
    expect(report.actions).toBeGreaterThanOrEqual(60)
    expect(report.requests).toBeGreaterThanOrEqual(report.actions * RUNS)
  }, 300_000)
})
