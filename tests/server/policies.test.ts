import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import { createSession } from '../../server/auth/sessions'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'
import { policyInput } from '../helpers/policies'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00') // a Monday

describeEachDatabase('policies: eligibility, versions, search', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  // Seeded at the suite's clock: the policies' windows are relative to the seed's day.
  beforeAll(() => ctx.setNow(NOW))
  withDemoContent(ctx)
  let staff: string
  let people: { id: number; token: string }[]

  const create = async (code: string, over: Record<string, unknown> = {}) =>
    (await invokeOk(policies, 'save', { policy: policyInput(code, over) }, staff)).id as number
  const verdictOf = async (id: number, token: string) => (await invokeOk(policies, 'detail', { id }, token)).eligibility
  const setFacts = (token: string, facts: Record<string, unknown>) =>
    invokeOk(policies, 'saveProfile', { facts }, token)

  beforeAll(async () => {
    ctx.setNow(NOW)
    staff = await demoToken(user, 'social_worker')
    people = await signedInUsers(ctx.db, 4, 'entrepreneur')
  })
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('age: exactly 35 qualifies for “不超过 35 周岁”, 36 does not, and the reason says so in words', async () => {
    const id = await create('T-AGE', { conditions: { all: [{ fact: 'age', op: 'lte', value: 35 }] } })
    const [a, b, c] = people
    expect(await verdictOf(id, a.token)).toEqual({
      verdict: 'maybe',
      missing: [{ field: 'birthYear', label: '出生年份' }],
      failed: [],
    })
    await setFacts(a.token, { birthYear: 1991 }) // 35 in 2026
    await setFacts(b.token, { birthYear: 1990 }) // 36
    await setFacts(c.token, { birthYear: 2000 })
    expect((await verdictOf(id, a.token)).verdict).toBe('eligible')
    expect(await verdictOf(id, b.token)).toEqual({
      verdict: 'ineligible',
      missing: [],
      failed: ['年龄不超过 35 周岁（你：36 周岁）'],
    })
    expect((await verdictOf(id, c.token)).verdict).toBe('eligible')
    // A year later the same person is 36: ages are worked out on the day.
    const later = sh('2027-01-02T09:00:00')
    ctx.setNow(later)
    const session = await ctx.db.transaction().execute((trx) => createSession(trx, a.id, 'demo', later))
    expect((await verdictOf(id, session.token)).verdict).toBe('ineligible')
  })

  test('birth year is the account’s: any year 我的资料 accepts reads back (the fuzz found 1935); a 青创客 sets it once', async () => {
    const [w] = await signedInUsers(ctx.db, 1, 'worker')
    await invokeOk(user, 'updateProfile', { birthYear: 1935 }, w.token)
    expect(await invokeOk(policies, 'profile', {}, w.token)).toMatchObject({
      profile: { birthYear: 1935 },
      birthYearLocked: false,
    })
    expect(await invokeOk(policies, 'saveProfile', { facts: { headcount: 3 } }, w.token)).toMatchObject({
      profile: { birthYear: 1935, headcount: 3 },
    })
    expect(await invoke(policies, 'saveProfile', { facts: { birthYear: 1925 } }, w.token)).toMatchObject({
      code: 'BAD_REQUEST',
    })
    expect(await invokeOk(policies, 'saveProfile', { facts: { birthYear: 1988 } }, w.token)).toMatchObject({
      profile: { birthYear: 1988 },
    })

    // A 青创客's role rests on their age (the accounts side's rule): once set, changed only by a 社工.
    const [e] = await signedInUsers(ctx.db, 1, 'entrepreneur')
    expect(await invokeOk(policies, 'saveProfile', { facts: { birthYear: 1996 } }, e.token)).toMatchObject({
      profile: { birthYear: 1996 },
      birthYearLocked: true,
    })
    for (const birthYear of [1980, null])
      expect(await invoke(policies, 'saveProfile', { facts: { birthYear, headcount: 5 } }, e.token)).toMatchObject({
        code: 'CONFLICT',
        message: '你已是青创客，出生年份不能修改；如有误请联系社区社工',
      })
    expect(await invokeOk(policies, 'profile', {}, e.token)).toMatchObject({ profile: { birthYear: 1996 } })
    expect((await invokeOk(policies, 'profile', {}, e.token)).profile.headcount).toBeUndefined()
    await invokeOk(policies, 'saveProfile', { facts: { birthYear: 1996, headcount: 5 } }, e.token)
  })

  test('each kind of condition: numbers, ranges, ordered choices, places, yes/no, any-of, company facts', async () => {
    const [, , , d] = people
    const cases: [string, unknown, Record<string, unknown>, string, string | null][] = [
      // [code, condition, facts, expected verdict, expected reason]
      [
        'T-NUM-GTE',
        { fact: 'yearsInArea', op: 'gte', value: 2 },
        { yearsInArea: 1 },
        'ineligible',
        '在工作地工作年限不少于 2 年（你：1 年）',
      ],
      ['T-NUM-LT', { fact: 'yearsSinceGraduation', op: 'lt', value: 5 }, { graduationYear: 2022 }, 'eligible', null],
      [
        'T-NUM-GT',
        { fact: 'headcount', op: 'gt', value: 10 },
        { companyPlace: 'beilun', headcount: 10 },
        'ineligible',
        '企业员工人数超过 10 人（你：10 人）',
      ],
      ['T-BETWEEN', { fact: 'age', op: 'between', value: [18, 35] }, { birthYear: 2000 }, 'eligible', null],
      [
        'T-ORD',
        { fact: 'education', op: 'gte', value: 'bachelor' },
        { education: 'college' },
        'ineligible',
        '学历本科及以上（你：大专）',
      ],
      ['T-ORD-LTE', { fact: 'revenueBand', op: 'lte', value: '1m_5m' }, { revenueBand: 'under_1m' }, 'eligible', null],
      [
        'T-IN',
        { fact: 'residence', op: 'in', value: ['beilun', 'haishu'] },
        { residence: 'yinzhou' },
        'ineligible',
        '工作或常住地为北仑区或海曙区（你：鄞州区）',
      ],
      [
        'T-NOTIN',
        { fact: 'industry', op: 'notIn', value: ['petrochem'] },
        { industry: 'agriculture' },
        'eligible',
        null,
      ],
      [
        'T-BOOL',
        { fact: 'ownsHome', op: 'is', value: false },
        { ownsHome: true },
        'ineligible',
        '在工作地无自有住房（你：是）',
      ],
      ['T-EQ', { fact: 'yearsInArea', op: 'eq', value: 1 }, { yearsInArea: 1 }, 'eligible', null],
    ]
    for (const [code, condition, facts, verdict, reason] of cases) {
      const id = await create(code, { conditions: condition })
      await setFacts(d.token, facts)
      const e = await verdictOf(id, d.token)
      expect([code, e.verdict]).toEqual([code, verdict])
      if (reason) expect(e.failed).toEqual([reason])
    }

    // any-of: holds when one holds; can't be told while the only candidates are unknown; fails in words.
    const anyId = await create('T-ANY', {
      conditions: {
        any: [
          { fact: 'hukou', op: 'in', value: ['haishu'] },
          { fact: 'talentLevel', op: 'gte', value: 'E' },
        ],
      },
    })
    await setFacts(d.token, { hukou: null, talentLevel: null })
    expect((await verdictOf(anyId, d.token)).missing.map((m: { field: string }) => m.field)).toEqual([
      'hukou',
      'talentLevel',
    ])
    await setFacts(d.token, { hukou: 'beilun' })
    expect(await verdictOf(anyId, d.token)).toMatchObject({ verdict: 'maybe', missing: [{ field: 'talentLevel' }] })
    await setFacts(d.token, { talentLevel: 'none' })
    expect(await verdictOf(anyId, d.token)).toEqual({
      verdict: 'ineligible',
      missing: [],
      failed: ['以下条件需满足其一：户籍为海曙区（你：北仑区）；或人才层次E 类（高级人才）及以上（你：暂无认定）'],
    })
    await setFacts(d.token, { talentLevel: 'D' })
    expect((await verdictOf(anyId, d.token)).verdict).toBe('eligible')

    // Company facts do not apply to someone without a company: the condition fails, it is not "missing".
    const companyId = await create('T-COMPANY', {
      conditions: {
        all: [
          { fact: 'companyPlace', op: 'in', value: ['beilun'] },
          { fact: 'companyAge', op: 'lte', value: 3 },
        ],
      },
    })
    await setFacts(d.token, { companyPlace: 'none' })
    expect(await verdictOf(companyId, d.token)).toEqual({
      verdict: 'ineligible',
      missing: [],
      failed: ['企业注册地为北仑区（你尚未注册企业）', '企业成立年限不超过 3 年（你尚未注册企业）'],
    })
    await setFacts(d.token, { companyPlace: 'beilun', companyFoundedYear: 2023 })
    expect((await verdictOf(companyId, d.token)).verdict).toBe('eligible')
    await setFacts(d.token, { companyFoundedYear: 2022 }) // 4 years
    expect((await verdictOf(companyId, d.token)).failed).toEqual(['企业成立年限不超过 3 年（你：4 年）'])
  })

  test('missing facts: 可能符合 names them; filling them in turns the policy 符合 and adds its benefit to 我能享受', async () => {
    const p = (await signedInUsers(ctx.db, 1, 'entrepreneur'))[0]
    await setFacts(p.token, { birthYear: 1998 })
    const id = await create('T-MISSING', {
      benefitMax: 35000,
      conditions: {
        all: [
          { fact: 'age', op: 'lte', value: 35 },
          { fact: 'education', op: 'gte', value: 'bachelor' },
          { fact: 'residence', op: 'in', value: ['beilun'] },
        ],
      },
    })
    expect(await verdictOf(id, p.token)).toEqual({
      verdict: 'maybe',
      missing: [
        { field: 'education', label: '最高学历' },
        { field: 'residence', label: '工作或常住地' },
      ],
      failed: [],
    })
    const before = await invokeOk(policies, 'benefits', {}, p.token)
    expect(before.maybe.map((x: { id: number }) => x.id)).toContain(id)
    expect(before.toFill.map((x: { field: string }) => x.field)).toEqual(
      expect.arrayContaining(['education', 'residence']),
    )

    const saved = await setFacts(p.token, { education: 'master', residence: 'beilun' })
    expect(saved.profile).toMatchObject({ birthYear: 1998, education: 'master', residence: 'beilun' })
    expect((await verdictOf(id, p.token)).verdict).toBe('eligible')
    const after = await invokeOk(policies, 'benefits', {}, p.token)
    expect(after.eligible.map((x: { id: number }) => x.id)).toContain(id)
    expect(after.totals.cashMax - before.totals.cashMax).toBeGreaterThanOrEqual(35000)
    expect(saved.totals).toEqual(after.totals)
    // The list narrowed to what the person qualifies for has it; 可能符合 no longer does.
    const mine = await invokeOk(policies, 'list', { mine: 'eligible', q: '测试政策 T-MISSING' }, p.token)
    expect(mine.items.map((x: { id: number }) => x.id)).toEqual([id])
    const maybe = await invokeOk(policies, 'list', { mine: 'maybe', q: '测试政策 T-MISSING' }, p.token)
    expect(maybe.items).toEqual([])
    // Staff see the match counted.
    const row = (await invokeOk(policies, 'staffList', { q: 'T-MISSING' }, staff)).items[0]
    expect(row).toMatchObject({ id, matches: 1 })
  })

  test('bad rules and windows are refused in Chinese and nothing is written', async () => {
    const count = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('policies')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const n = await count()
    const tries: [unknown, string][] = [
      ['{"all": [ {"fact": "age", "op": "lte" ', '申请条件无法解析：不是有效的 JSON（请检查括号、引号和逗号）'],
      [{ all: [{ fact: 'salary', op: 'gte', value: 1 }] }, '申请条件第 1 项未知的条件项“salary”'],
      [{ all: [{ fact: 'education', op: 'lt', value: 'bachelor' }] }, '申请条件第 1 项“学历”不能使用比较方式“lt”'],
      [{ fact: 'age', op: 'lte', value: '三十五' }, '申请条件“年龄”的取值不正确：应为数字'],
      [{ any: [{ fact: 'age', op: 'between', value: [40, 18] }] }, '申请条件第 1 项“介于”的下限不能大于上限'],
      [{ all: [{ fact: 'age' }], any: [] }, '申请条件“all”不能与其他字段写在一起'],
    ]
    for (const [conditions, message] of tries) {
      const r = await invoke(policies, 'save', { policy: policyInput('T-BAD', { conditions }) }, staff)
      expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
      if (!r.ok) expect(r.message).toContain(message)
    }
    const window = await invoke(
      policies,
      'save',
      { policy: policyInput('T-BAD', { opensOn: '2026-12-01', closesOn: '2026-11-30' }) },
      staff,
    )
    expect(window).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '受理截止日期（2026-11-30）不能早于开始日期（2026-12-01）',
    })
    expect(await count()).toBe(n)
  })

  test('versions: an edit is a new version whose changes are shown in words; saving the same again is no version', async () => {
    const id = await create('T-VER', { closesOn: '2026-12-31', benefitMax: 20000 })
    const again = await invokeOk(
      policies,
      'save',
      { id, policy: policyInput('T-VER', { closesOn: '2026-12-31', benefitMax: 20000 }) },
      staff,
    )
    expect(again).toEqual({ id, version: 1, changed: false })
    const v2 = await invokeOk(
      policies,
      'save',
      {
        id,
        policy: policyInput('T-VER', {
          closesOn: '2027-03-31',
          benefitMax: 30000,
          benefitText: '一次性补贴 3 万元',
          conditions: { all: [{ fact: 'age', op: 'lte', value: 40 }] },
          changeNote: '提高补贴标准，延长受理期',
        }),
      },
      staff,
    )
    expect(v2).toEqual({ id, version: 2, changed: true })
    const d = await invokeOk(policies, 'detail', { id }, staff)
    expect(d.version).toBe(2)
    expect(d.versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(d.versions[0]).toMatchObject({ note: '提高补贴标准，延长受理期', editorName: '社工 刘敏' })
    expect(d.versions[0].changes).toEqual([
      { field: 'benefitMax', label: '最高金额', before: '20,000 元', after: '30,000 元' },
      { field: 'benefitText', label: '待遇说明', before: '一次性补贴 2 万元', after: '一次性补贴 3 万元' },
      { field: 'conditions', label: '申请条件', before: '不限', after: '年龄不超过 40 周岁' },
      { field: 'closesOn', label: '受理截止', before: '2026-12-31', after: '2027-03-31' },
    ])
    expect(d.versions[1]).toMatchObject({ version: 1, note: '首次发布', changes: [] })
    const versions = await ctx.db.selectFrom('policy_versions').select('version').where('policy_id', '=', id).execute()
    expect(versions).toHaveLength(2)
  })

  test('who may edit: a department member edits only their department’s policies; others are refused', async () => {
    const dept = await demoToken(user, 'department')
    const rsj = await ctx.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'BL-RSJ')
      .executeTakeFirstOrThrow()
    const kjj = await ctx.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'BL-KJJ')
      .executeTakeFirstOrThrow()
    const own = await invokeOk(policies, 'save', { policy: policyInput('T-DEPT', { departmentId: rsj.id }) }, dept)
    expect(own.version).toBe(1)
    const foreign = await invoke(policies, 'save', { policy: policyInput('T-DEPT2', { departmentId: kjj.id }) }, dept)
    expect(foreign).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('本部门') })
    const other = await create('T-KJJ', { departmentId: kjj.id })
    const edit = await invoke(
      policies,
      'save',
      { id: other, policy: policyInput('T-KJJ', { departmentId: kjj.id, title: '改一下标题看看' }) },
      dept,
    )
    expect(edit).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const worker = people[0].token
    expect(await invoke(policies, 'save', { policy: policyInput('T-NOPE') }, worker)).toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  test('what fits first: 符合 then 可能符合 then the rest; loans are 择一 (not summed); contest prizes are not subsidies', async () => {
    const p = (await signedInUsers(ctx.db, 1, 'entrepreneur'))[0]
    await setFacts(p.token, { birthYear: 1996, residence: 'beilun' })
    const young = { all: [{ fact: 'age', op: 'lte', value: 35 }] }
    const old = { all: [{ fact: 'age', op: 'gte', value: 60 }] }
    const needsSchool = { all: [{ fact: 'education', op: 'gte', value: 'bachelor' }] }
    // The one this person cannot have ends soonest: by deadline it would come first.
    const no = await create('T-FIT-NO', { conditions: old, closesOn: '2026-11-25' })
    const maybe = await create('T-FIT-MAYBE', { conditions: needsSchool, closesOn: '2026-11-26' })
    const yes = await create('T-FIT-YES', { conditions: young, closesOn: '2026-11-27' })
    const order = async (input: Record<string, unknown>, token?: string) =>
      (await invokeOk(policies, 'list', { q: '测试政策 T-FIT', limit: 50, ...input }, token)).items.map(
        (x: { id: number }) => x.id,
      )
    expect(await order({}, p.token)).toEqual([yes, maybe, no])
    expect(await order({ sort: 'deadline' }, p.token)).toEqual([no, maybe, yes])
    // Signed out there is no verdict: by deadline.
    expect(await order({})).toEqual([no, maybe, yes])

    const before = (await invokeOk(policies, 'benefits', {}, p.token)).totals
    await create('T-FIT-LOAN-A', { conditions: young, benefitKind: 'loan', benefitMin: null, benefitMax: 500_000 })
    await create('T-FIT-LOAN-B', { conditions: young, benefitKind: 'loan', benefitMin: null, benefitMax: 500_000 })
    await create('T-FIT-PRIZE', { conditions: young, benefitKind: 'prize', benefitMin: 50_000, benefitMax: 500_000 })
    const after = (await invokeOk(policies, 'benefits', {}, p.token)).totals
    // Two 50 万 loans are 最高 50 万, one of them (择一), not 100 万.
    expect(after.loanMax).toBe(Math.max(before.loanMax, 500_000))
    expect(after.loanChoices).toBe(before.loanChoices + 2)
    // The contest is counted as one to enter; its prize adds nothing to 补贴奖励.
    expect(after.prizes).toBe(before.prizes + 1)
    expect(after.cashMax).toBe(before.cashMax)
    expect(after.eligible).toBe(before.eligible + 3)
  })

  test('search: partial Chinese words, pinyin and its initials; filters; sorted by deadline', async () => {
    const titles = async (input: Record<string, unknown>) =>
      (await invokeOk(policies, 'list', { limit: 50, ...input })).items.map((x: { title: string }) => x.title)
    expect(await titles({ q: '人才贷' })).toContain('人才贷合伙人项目')
    expect(await titles({ q: '人才' })).toContain('人才贷合伙人项目')
    expect(await titles({ q: 'rcd' })).toContain('人才贷合伙人项目')
    expect(await titles({ q: 'rencaidai' })).toContain('人才贷合伙人项目')
    expect(await titles({ q: 'RCD' })).toContain('人才贷合伙人项目')
    expect(await titles({ q: '安居基金' })).toEqual(['青年安居基金·海外青年人才购房支持'])
    expect(await titles({ q: 'qnajjj' })).toEqual(['青年安居基金·海外青年人才购房支持'])
    expect(await titles({ q: '不存在的政策名' })).toEqual([])
    expect(await titles({ q: 'xqxq' })).toEqual([])
    // Two words: both must match.
    expect(await titles({ q: '北仑 安居' })).not.toContain('入乡青年租房补贴（示例）')

    const byTopic = await invokeOk(policies, 'list', { topic: 'talent_loan', limit: 50 })
    expect(byTopic.items.every((x: { topic: string }) => x.topic === 'talent_loan')).toBe(true)
    const haishu = await invokeOk(policies, 'list', { region: 'haishu', category: 'housing', limit: 50 })
    expect(haishu.items.length).toBeGreaterThan(0)
    expect(
      haishu.items.every(
        (x: { region: string; category: string }) => x.region === 'haishu' && x.category === 'housing',
      ),
    ).toBe(true)

    const current = await invokeOk(policies, 'list', { limit: 50 })
    const deadlines = current.items.map((x: { closesOn: string | null }) => x.closesOn)
    const dated = deadlines.filter(Boolean)
    expect(dated).toEqual([...dated].sort())
    expect(deadlines.indexOf(null)).toBeGreaterThan(deadlines.lastIndexOf(dated[dated.length - 1]))
    expect(current.items.some((x: { window: string }) => x.window === 'closed')).toBe(false)

    const closing = await invokeOk(policies, 'list', { window: 'closing', limit: 50 })
    expect(closing.items.length).toBeGreaterThan(0)
    for (const x of closing.items) expect(x).toMatchObject({ window: 'closing' })
    const closed = await invokeOk(policies, 'list', { window: 'closed', limit: 50 })
    expect(closed.items.map((x: { title: string }) => x.title)).toContain('2025 年度大学生创业大赛（示例）')
  })

  test('favourites: kept and listed; a withdrawn policy cannot be kept', async () => {
    const p = people[1]
    const id = await create('T-FAV')
    await invokeOk(policies, 'favourite', { policyId: id, on: true }, p.token)
    await invokeOk(policies, 'favourite', { policyId: id, on: true }, p.token) // twice is once
    const mine = await invokeOk(policies, 'list', { mine: 'favourite' }, p.token)
    expect(mine.items.map((x: { id: number; favourite: boolean }) => [x.id, x.favourite])).toEqual([[id, true]])
    expect((await invokeOk(policies, 'staffList', { q: 'T-FAV' }, staff)).items[0]).toMatchObject({ favourites: 1 })
    await invokeOk(policies, 'withdraw', { id, withdrawn: true, reason: '测试废止' }, staff)
    expect(await invoke(policies, 'favourite', { policyId: id, on: true }, people[2].token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect((await invokeOk(policies, 'detail', { id }, p.token)).withdrawn).toBe(true)
    expect((await invokeOk(policies, 'list', { q: 'T-FAV' })).items).toEqual([])
  })
})
