// npm run bench -- policies
// 5,000 policies (the demo compendium plus generated ones with rules of 1–5 conditions), then:
// - search: the policies function's real `list` for a signed-in 青创客, with Chinese partial
//   words, pinyin and initials, p50 over 300 calls;
// - eligibility of one profile against every policy (all rules read and evaluated), p50 over
//   300 runs; and the whole 我能享受 call (`benefits`) for reference.
// Last line: one JSON object with policies, search_p50_ms, eligibility_all_p50_ms, db (and p95s).
// BENCH_DATABASE_URL=postgres://… runs it on a server.
import { sql } from 'kysely'
import { main as policies } from '../cloudfunctions/policies/index'
import { eligibilityOfAll, eligibilityRow, loadFacts } from '../cloudfunctions/policies/domain/eligibility'
import { searchColumns } from '../cloudfunctions/policies/domain/search'
import { POLICY_TOPICS, type PolicyCategory, type PolicyTopic } from '../contract/policies'
import type { Condition, Place } from '../contract/policy-rules'
import { createSession } from '../server/auth/sessions'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'
import { inTransaction } from '../server/core/tx'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const TOTAL = Number(process.env.BENCH_POLICIES ?? 5000)
const RUNS = 300

// A deterministic generator (same policies every run).
let seed = 42
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]

const PLACES: Place[] = ['beilun', 'haishu', 'ningbo', 'yinzhou', 'xinchang']
const CATEGORY_OF: Record<PolicyTopic, PolicyCategory> = {
  talent_loan: 'startup',
  housing: 'housing',
  schooling: 'talent',
  recognition: 'talent',
  startup_subsidy: 'startup',
  guarantee_loan: 'startup',
  employment_subsidy: 'employment',
  internship: 'employment',
  training: 'employment',
  venue: 'startup',
  rural: 'startup',
  innovation: 'talent',
}
const PREFIX = ['青年', '高校毕业生', '入乡青年', '海外人才', '青创客', '新就业', '重点产业', '乡村']
const LEAVES: (() => Condition)[] = [
  () => ({ fact: 'age', op: 'lte', value: pick([30, 35, 40, 45]) }),
  () => ({ fact: 'education', op: 'gte', value: pick(['college', 'bachelor', 'master']) }),
  () => ({ fact: 'residence', op: 'in', value: [pick(PLACES)] }),
  () => ({ fact: 'hukou', op: 'in', value: [pick(PLACES), pick(PLACES)] }),
  () => ({ fact: 'yearsInArea', op: 'gte', value: pick([1, 2, 3]) }),
  () => ({ fact: 'yearsSinceGraduation', op: 'lte', value: pick([2, 3, 5]) }),
  () => ({ fact: 'talentLevel', op: 'gte', value: pick(['E', 'D', 'C']) }),
  () => ({ fact: 'ownsHome', op: 'is', value: false }),
  () => ({ fact: 'companyPlace', op: 'in', value: [pick(PLACES)] }),
  () => ({ fact: 'companyAge', op: 'lte', value: pick([2, 3, 5]) }),
  () => ({ fact: 'industry', op: 'in', value: [pick(['agriculture', 'manufacturing', 'digital', 'logistics'])] }),
  () => ({ fact: 'headcount', op: 'between', value: [pick([1, 5, 10]), pick([50, 100, 500])] }),
  () => ({ fact: 'revenueBand', op: 'gte', value: pick(['1m_5m', '5m_20m']) }),
]
function rule(): Condition {
  const n = 1 + Math.floor(rand() * 4)
  const items = Array.from({ length: n }, () => pick(LEAVES)())
  if (rand() < 0.3) items.push({ any: [pick(LEAVES)(), pick(LEAVES)()] })
  return { all: items }
}

async function main() {
  const bench = await openBenchDatabase()
  const { db, runtime } = bench
  process.env.LIANSHE_DEMO = '1'
  await seedDemo(runtime, SEEDS)
  const existing = Number(
    (
      await db
        .selectFrom('policies')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
  const topics = Object.keys(POLICY_TOPICS) as PolicyTopic[]
  const t0 = process.hrtime.bigint()
  for (let start = existing; start < TOTAL; start += 500) {
    const n = Math.min(500, TOTAL - start)
    // In order: each row draws its random numbers before its one await.
    const rows = await Promise.all(
      Array.from({ length: n }, async (_, k) => {
        const i = start + k
        const topic = pick(topics)
        const region = pick(PLACES)
        const edit = {
          code: `GEN-${i}`,
          title: `${pick(PREFIX)}${POLICY_TOPICS[topic]}政策（生成 ${i}）`,
          topic,
          category: CATEGORY_OF[topic],
          issuer: `${region === 'beilun' ? '北仑区' : '宁波市'}人力资源和社会保障局`,
          region,
          summary: `生成的第 ${i} 条政策，用于压测搜索与资格匹配：${POLICY_TOPICS[topic]}相关支持。`,
          benefitKind: pick(['cash', 'cash', 'loan', 'service'] as const),
        }
        const conditions = rule()
        const benefitMax = edit.benefitKind === 'service' ? null : Math.round(rand() * 100) * 1000
        const closes = rand() < 0.3 ? null : new Date(Date.now() + (rand() * 400 - 60) * 86_400_000)
        const row = {
          code: edit.code,
          title: edit.title,
          category: edit.category,
          topic: edit.topic,
          region: edit.region,
          issuer: edit.issuer,
          summary: edit.summary,
          benefit_kind: edit.benefitKind,
          benefit_min: null,
          benefit_max: benefitMax,
          benefit_text: '生成的待遇说明',
          conditions: JSON.stringify(conditions),
          materials: ['身份证'],
          closes_on: closes ? closes.toISOString().slice(0, 10) : null,
          version: 1,
          matched_version: 1,
          ...(await searchColumns(edit)),
        }
        return {
          row,
          rule: { benefitKind: edit.benefitKind, benefitMin: null, benefitMax, conditions },
        }
      }),
    )
    const ids = await db
      .insertInto('policies')
      .values(rows.map((r) => r.row))
      .returning('id')
      .execute()
    await db
      .insertInto('policy_rules')
      .values(
        ids.map(({ id }, k) => ({
          policy_id: id,
          closes_on: rows[k].row.closes_on,
          row: eligibilityRow(id, rows[k].rule),
        })),
      )
      .execute()
  }
  const generateMs = ms(t0)
  // As after an import (importPolicies does the same): planner statistics for the new rows.
  await sql`analyze policies`.execute(db)

  const person = await db
    .insertInto('users')
    .values({ role: 'entrepreneur', display_name: '压测青创客', birth_year: 1996 })
    .returning('id')
    .executeTakeFirstOrThrow()
  const token = await db
    .transaction()
    .execute(async (trx) => (await createSession(trx, person.id, 'demo', new Date())).token)
  const call = (action: string, input: unknown) =>
    policies({ action, input }, { lianshe: { sessionToken: token, runtime } }) as Promise<{
      ok: boolean
      message?: string
    }>
  const saved = await call('saveProfile', {
    facts: {
      education: 'bachelor',
      residence: 'beilun',
      hukou: 'haishu',
      yearsInArea: 2,
      graduationYear: 2019,
      ownsHome: false,
      companyPlace: 'beilun',
      companyFoundedYear: 2024,
      industry: 'digital',
      headcount: 8,
    },
  })
  if (!saved.ok) throw new Error(saved.message)

  const QUERIES = ['人才', '人才贷', '安居', '创业补贴', 'rcd', 'rencai', 'aj', '北仑 就业', '青年', 'zfbt', '见习']
  // Wall time, and this process's CPU time (PGlite runs in-process: the database's work is in
  // it), which a machine shared with other jobs inflates far less than wall time.
  const cpu = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const search: number[] = []
  const searchCpu: number[] = []
  for (let i = 0; i < RUNS + 20; i++) {
    const t = process.hrtime.bigint()
    const c = cpu()
    const r = await call('list', { q: QUERIES[i % QUERIES.length] })
    if (!r.ok) throw new Error(r.message)
    if (i >= 20) {
      search.push(ms(t))
      searchCpu.push(cpu() - c)
    }
  }

  const eligibility: number[] = []
  const eligibilityCpu: number[] = []
  let verdicts = 0
  for (let i = 0; i < RUNS + 20; i++) {
    const t = process.hrtime.bigint()
    const c = cpu()
    const r = await inTransaction(runtime, async (ctx) =>
      eligibilityOfAll(ctx, (await loadFacts(ctx, person.id)).facts, false),
    )
    if (i >= 20) {
      eligibility.push(ms(t))
      eligibilityCpu.push(cpu() - c)
    }
    verdicts = r.results.size
  }
  if (verdicts < TOTAL) throw new Error(`evaluated ${verdicts} of ${TOTAL}`)

  const benefits: number[] = []
  for (let i = 0; i < 60; i++) {
    const t = process.hrtime.bigint()
    const r = await call('benefits', {})
    if (!r.ok) throw new Error(r.message)
    if (i >= 10) benefits.push(ms(t))
  }

  const figures = {
    policies: verdicts,
    search_p50_ms: round(percentile(search, 50)),
    search_p95_ms: round(percentile(search, 95)),
    eligibility_all_p50_ms: round(percentile(eligibility, 50)),
    eligibility_all_p95_ms: round(percentile(eligibility, 95)),
    search_cpu_p50_ms: round(percentile(searchCpu, 50)),
    eligibility_all_cpu_p50_ms: round(percentile(eligibilityCpu, 50)),
    benefits_call_p50_ms: round(percentile(benefits, 50)),
    generate_ms: round(generateMs, 0),
    db: bench.label,
  }
  console.log(
    `policies ${figures.policies}; search p50 ${figures.search_p50_ms} ms; eligibility of all p50 ${figures.eligibility_all_p50_ms} ms`,
  )
  await bench.drop()
  await db.destroy()
  console.log(JSON.stringify(figures))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
