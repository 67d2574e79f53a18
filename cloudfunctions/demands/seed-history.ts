import { sql } from 'kysely'
import type { DemandCategory, Urgency } from '../../contract/demands'
import type { SeedCtx } from '../../server/core/feature'
import { bigrams } from '../../server/text/bigrams'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { exampleCreditCode } from '../community/seed-accounts'
import { addWorkingMinutes, clockFrom, slaMinutes } from './domain/sla'

// Demo history of 企呼我应 (示例): a year of closed demands ending at the seed's clock (ctx.now), so
// a demo started on any day has a year of statistics ending today, plus a few open now. Counts,
// enterprises, titles, people and timelines are examples; only the kinds of demand follow the texts:
// - 北仑's communities: 项目申报、政策兑现、人员招聘 (000_…txt: “协调解决项目申报、政策兑现、人员招聘等诉求”);
// - 灵峰: 设备更新、人才引进、用工招聘、政策咨询 (002_…txt);
// - 澄潭: mostly 用地、环评、技术攻关 (004_…txt: “累计协调解决用地、环评、技术攻关等难题120余个”).
// The texts' own figures are for their own periods and scopes and are not generated as records:
// 灵峰 97 件 (002_…txt, 2025 年至报道时), 北仑 368 件次 (000_…txt, “今年以来” in a 2024 article),
// 澄潭 120 余个 (cumulative) inside 新昌's county-wide 167 个 across three chains (004_…txt). The public
// page quotes them as reported figures (src/subpackages/demands/public.tsx).

const PLAN: { community: string; count: number; mix: DemandCategory[] }[] = [
  {
    community: 'BL-LINGFENG',
    count: 90,
    mix: ['equipment', 'talent', 'hiring', 'consultation', 'equipment', 'hiring', 'tech', 'finance'],
  },
  ...(['BL-DAGANG', 'BL-QINGZHI', 'BL-JINCHUANG', 'BL-XIEBEI', 'BL-WULIU', 'BL-HENGHE'] as const).map((community) => ({
    community,
    count: 30,
    mix: [
      'application',
      'policy',
      'hiring',
      'application',
      'hiring',
      'talent',
      'equipment',
      'other',
    ] as DemandCategory[],
  })),
  // 澄潭: about three in four are land, environmental review or technology; the rest hiring, finance,
  // approval, policy (its 40余项 一站式业务: 参保登记、涉企审批、政策兑付、科创指导).
  { community: 'XC-CHENGTAN', count: 80, mix: [] },
]
const CHENGTAN_HARD = 60

const TITLES: Record<DemandCategory, string[]> = {
  hiring: ['急招数控操作工 20 名', '节后普工返岗用工缺口', '招聘焊工与质检员', '夜班包装工短缺'],
  finance: ['技改项目流动资金贷款对接', '申请“红链贷”授信', '设备融资租赁咨询'],
  approval: ['新建厂房施工许可办理', '增资扩产项目备案', '排污许可变更办理'],
  tech: ['压铸模具表面强化技术难题', '轴承检测精度问题求助', '一体化压铸件变形攻关', '数字化改造方案论证'],
  policy: ['“专精特新”奖励资金兑现', '稳岗补贴申领', '技改项目补助资金兑现'],
  application: ['高新技术企业认定申报', '市级重大专项申报材料指导', '省级专精特新企业申报'],
  consultation: ['研发费用加计扣除政策咨询', '设备更新贷款贴息政策咨询', '人才房申请条件咨询'],
  land: ['扩产用地指标申请', '厂区零星用地调整', '标准厂房租赁用地手续'],
  environment: ['新增喷涂线环评审批', '技改项目环评手续咨询', '废气处理设施验收'],
  equipment: ['数控机床设备更新补贴申请', '老旧空压机节能改造', '自动化产线更新改造'],
  talent: ['引进模具设计高级工程师', '对接海外工程师解决技术难题', '人才公寓申请', '高技能人才认定'],
  other: ['厂区门口公交站点设置', '园区道路照明不足', '职工食堂外卖配送进园'],
}
const RESULTS: Record<DemandCategory, string> = {
  hiring: '已组织专场招聘会对接，企业招到所需人员。',
  finance: '已对接银行完成授信，资金到位。',
  approval: '已协助准备材料，许可（备案）办理完成。',
  tech: '已组织专家入企论证，技术难题解决。',
  policy: '已指导申报，政策资金兑现到位。',
  application: '已协助准备申报材料，项目按时申报。',
  consultation: '已请主管部门答复，企业清楚了政策条件和办理流程。',
  land: '已协调自然资源部门，用地手续办结。',
  environment: '已协调环保部门，环评手续办结。',
  equipment: '已协助申报设备更新补贴，改造完成。',
  talent: '已对接人才政策与人选，人才到岗。',
  other: '已协调相关单位解决。',
}
const DEPARTMENT_FOR: Record<DemandCategory, [beilun: string, xinchang: string]> = {
  hiring: ['BL-RSJ', 'XC-RSJ'],
  talent: ['BL-RSJ', 'XC-RSJ'],
  tech: ['BL-KJJ', 'XC-KJJ'],
  policy: ['BL-FGJ', 'XC-KJJ'],
  application: ['BL-KJJ', 'XC-KJJ'],
  consultation: ['BL-FGJ', 'XC-JXJ'],
  finance: ['BL-FGJ', 'XC-JXJ'],
  equipment: ['BL-FGJ', 'XC-JXJ'],
  approval: ['BL-SCJ', 'XC-SCJ'],
  environment: ['BL-STHJ', 'XC-STHJ'],
  land: ['BL-ZRZY', 'XC-ZRZY'],
  other: ['BL-FGJ', 'XC-JXJ'],
}

// Departments the history needs beyond the accounts seed (Xinchang's bureaus, 霞浦街道).
const MORE_DEPARTMENTS: [string, string, 'bureau' | 'street' | 'member_unit', string][] = [
  ['BL-XIAPU', '霞浦街道办事处', 'street', '宁波市北仑区'],
  ['XC-RSJ', '新昌县人力资源和社会保障局', 'bureau', '绍兴市新昌县'],
  ['XC-KJJ', '新昌县科学技术局', 'bureau', '绍兴市新昌县'],
  ['XC-JXJ', '新昌县经济和信息化局', 'bureau', '绍兴市新昌县'],
  ['XC-SCJ', '新昌县市场监督管理局', 'bureau', '绍兴市新昌县'],
  ['XC-STHJ', '绍兴市生态环境局新昌分局', 'bureau', '绍兴市新昌县'],
  ['XC-ZRZY', '绍兴市自然资源和规划局新昌分局', 'bureau', '绍兴市新昌县'],
]

const NAME_A = [
  '华',
  '宏',
  '精',
  '联',
  '瑞',
  '泰',
  '恒',
  '鑫',
  '远',
  '博',
  '创',
  '达',
  '丰',
  '隆',
  '盛',
  '昌',
  '新',
  '科',
  '德',
  '源',
]
const NAME_B = ['模具', '轴承', '压铸', '电机', '新材料', '汽配', '机械', '物流', '纺机', '智能装备', '数控', '电子']

/** A small deterministic generator (mulberry32): the same history on every machine. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

export async function seedHistory(ctx: SeedCtx): Promise<Record<string, number>> {
  const { db } = ctx
  for (const [code, name, kind, district] of MORE_DEPARTMENTS) {
    await db
      .insertInto('departments')
      .values({ code, name, kind, district })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute()
  }
  // Street offices for communities whose street office was just added.
  const communities = await db.selectFrom('communities').select(['id', 'code', 'name', 'street', 'district']).execute()
  const streets = await db.selectFrom('departments').select(['id', 'name']).where('kind', '=', 'street').execute()
  for (const c of communities) {
    const office = streets.find((s) => s.name === `${c.street}办事处`)
    if (office)
      await db
        .insertInto('demand_street_offices')
        .values({ community_id: c.id, department_id: office.id })
        .onConflict((oc) => oc.column('community_id').doNothing())
        .execute()
  }
  if (await db.selectFrom('demands').select('id').limit(1).executeTakeFirst()) return { demands: 0 }

  const departments = new Map(
    (await db.selectFrom('departments').select(['id', 'code', 'name']).execute()).map((d) => [d.code, d]),
  )
  const rand = prng(20250101)
  const today = shanghaiDate(ctx.now)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]
  const demoEnterprise = await db.selectFrom('enterprises').select('id').orderBy('id').executeTakeFirst()

  // Example enterprises (示例) so that demands come from many, spread over the grids.
  let serial = 0
  const enterprisesOf = new Map<number, { id: number; name: string; grid_id: number | null; grid: string | null }[]>()
  for (const plan of PLAN) {
    const c = communities.find((x) => x.code === plan.community)
    if (!c) continue
    const xinchang = c.district.includes('新昌')
    const grids = await db
      .selectFrom('grids')
      .select(['id', 'name'])
      .where('community_id', '=', c.id)
      .orderBy('id')
      .execute()
    const count = c.code === 'BL-LINGFENG' ? 20 : xinchang ? 25 : 8
    const rows = Array.from({ length: count }, () => {
      serial++
      const name = `${xinchang ? '新昌' : '宁波'}${NAME_A[serial % NAME_A.length]}${NAME_A[(serial * 7) % NAME_A.length]}${NAME_B[serial % NAME_B.length]}有限公司（示例）`
      const tail = [...String(serial).padStart(6, '0')].map((d, i) => CODE_CHARS[(Number(d) + i * 3) % 31]).join('')
      const grid = grids.length ? grids[serial % grids.length] : null
      return {
        name,
        credit_code: exampleCreditCode(`${xinchang ? '91330624' : '91330206'}MB${tail}`),
        community_id: c.id,
        grid_id: grid?.id ?? null,
        industry: NAME_B[serial % NAME_B.length],
        headcount: 50 + ((serial * 37) % 400),
        verified_at: ctx.now,
      }
    })
    await db
      .insertInto('enterprises')
      .values(rows)
      .onConflict((oc) => oc.column('credit_code').doNothing())
      .execute()
    const all = await db
      .selectFrom('enterprises as e')
      .leftJoin('grids as g', 'g.id', 'e.grid_id')
      .select(['e.id', 'e.name', 'e.grid_id', 'g.name as grid'])
      .where('e.community_id', '=', c.id)
      .orderBy('e.id')
      .execute()
    enterprisesOf.set(c.id, all)
  }

  type Demand = {
    community_id: number
    grid_id: number | null
    enterprise_id: number
    category: DemandCategory
    urgency: Urgency
    title: string
    description: string
    contact_name: string
    contact_phone: string
    status: 'closed'
    holder_department_id: number | null
    solved_by: 'community' | 'department'
    result: string
    filed_at: Date
    due_at: Date
    closure_proposed_at: Date
    closed_at: Date
    on_time: boolean
    rating: number | null
    rating_comment: string | null
    rated_at: Date | null
    reopen_count: number
    terms: string[]
    updated_at: Date
  }
  type Step = { kind: string; at: Date; actor: string; note: string; holder: string; due: Date | null }
  const demands: Demand[] = []
  const steps: Step[][] = []
  const dispatches: {
    department_id: number
    status: 'accepted' | 'returned'
    at: Date
    reason: string | null
    deadline: Date
  }[][] = []

  for (const plan of PLAN) {
    const c = communities.find((x) => x.code === plan.community)
    if (!c) continue
    const xinchang = c.district.includes('新昌')
    const firms = enterprisesOf.get(c.id)!
    const total = plan.count
    // 澄潭's mix: CHENGTAN_HARD hard cases among its records, shuffled deterministically.
    const chengtan: DemandCategory[] = plan.mix.length
      ? []
      : Array.from({ length: total }, (_, i) =>
          i < CHENGTAN_HARD
            ? (['land', 'environment', 'tech'] as const)[i % 3]
            : (['hiring', 'finance', 'approval', 'policy'] as const)[i % 4],
        ).sort(() => rand() - 0.5)
    // The year ending at the seed's clock: closed from a year ago to yesterday.
    const start = shanghaiInstant(addDays(today, -365)).getTime()
    const span = shanghaiInstant(today).getTime() - start
    for (let k = 0; k < total; k++) {
      const category = plan.mix.length ? pick(plan.mix) : chengtan[k]
      const urgency: Urgency = rand() < 0.15 ? 'urgent' : 'normal'
      // Closed on a working afternoon inside the window; filed 2–20 days before.
      let closedAt = new Date(start + Math.floor(((k + 0.5) / total) * span))
      closedAt = addWorkingMinutes(new Date(closedAt.getTime() - 9 * 3600_000), 300 + Math.floor(rand() * 120))
      if (closedAt.getTime() >= start + span) closedAt = new Date(start + span - 3 * 3600_000)
      const days = 2 + Math.floor(rand() * 18)
      const filedAt = addWorkingMinutes(
        new Date(closedAt.getTime() - days * DAY - 9 * 3600_000),
        60 + Math.floor(rand() * 200),
      )
      const { dueAt } = clockFrom(filedAt, slaMinutes(urgency, category))
      const firm =
        c.code === 'BL-LINGFENG' && demoEnterprise && k % 12 === 0
          ? (firms.find((f) => f.id === demoEnterprise.id) ?? pick(firms))
          : pick(firms)
      const byCommunity = rand() < 0.15
      const dept = departments.get(DEPARTMENT_FOR[category][xinchang ? 1 : 0])!
      const proposedAt = new Date(closedAt.getTime() - (2 + Math.floor(rand() * 40)) * 3600_000)
      const rated = rand() < 0.85
      const rating = rated ? (rand() < 0.7 ? 5 : rand() < 0.8 ? 4 : 3) : null
      const reopened = rand() < 0.04
      const worker = `${c.name}${firm.grid ?? ''} 社工`
      const title = pick(TITLES[category])
      const description = `${firm.name}：${title}，请社区协调解决。`
      const holder = byCommunity ? worker : dept.name
      const timeline: Step[] = [{ kind: 'filed', at: filedAt, actor: firm.name, note: '', holder: worker, due: dueAt }]
      const t = (h: number) => new Date(filedAt.getTime() + h * 3600_000)
      const sent: (typeof dispatches)[number] = []
      if (rand() < 0.1) {
        timeline.push({
          kind: 'info_requested',
          at: t(2),
          actor: worker,
          note: '请补充相关证明材料',
          holder: `${firm.name}（补充材料）`,
          due: null,
        })
        timeline.push({
          kind: 'info_provided',
          at: t(20),
          actor: firm.name,
          note: '已上传材料',
          holder: worker,
          due: dueAt,
        })
      }
      if (byCommunity) {
        timeline.push({
          kind: 'solved',
          at: proposedAt,
          actor: worker,
          note: RESULTS[category],
          holder: `${firm.name}（确认办结）`,
          due: null,
        })
      } else {
        if (rand() < 0.08) {
          const wrong = departments.get(xinchang ? 'XC-JXJ' : 'BL-SCJ')!
          timeline.push({
            kind: 'dispatched',
            at: t(22),
            actor: worker,
            note: `派往${wrong.name}`,
            holder: wrong.name,
            due: dueAt,
          })
          timeline.push({
            kind: 'returned',
            at: t(26),
            actor: wrong.name,
            note: '不属于本部门职责，建议改派',
            holder: worker,
            due: dueAt,
          })
          sent.push({
            department_id: wrong.id,
            status: 'returned',
            at: t(22),
            reason: '不属于本部门职责，建议改派',
            deadline: dueAt,
          })
        }
        timeline.push({
          kind: 'dispatched',
          at: t(28),
          actor: worker,
          note: `派往${dept.name}`,
          holder: dept.name,
          due: dueAt,
        })
        timeline.push({ kind: 'accepted', at: t(30), actor: dept.name, note: '', holder: dept.name, due: dueAt })
        sent.push({ department_id: dept.id, status: 'accepted', at: t(28), reason: null, deadline: dueAt })
        if (rand() < 0.5)
          timeline.push({
            kind: 'progress',
            at: t(50),
            actor: dept.name,
            note: '已与企业对接，正在办理',
            holder: dept.name,
            due: dueAt,
          })
        if (rand() < 0.05) {
          timeline.push({
            kind: 'closure_proposed',
            at: t(60),
            actor: dept.name,
            note: RESULTS[category],
            holder: `${firm.name}（确认办结）`,
            due: null,
          })
          timeline.push({
            kind: 'closure_rejected',
            at: t(70),
            actor: firm.name,
            note: '问题尚未完全解决',
            holder: dept.name,
            due: dueAt,
          })
        }
        timeline.push({
          kind: 'closure_proposed',
          at: proposedAt,
          actor: dept.name,
          note: RESULTS[category],
          holder: `${firm.name}（确认办结）`,
          due: null,
        })
      }
      if (reopened) {
        const back = new Date(proposedAt.getTime() - 2 * 3600_000)
        timeline.splice(timeline.length - 1, 0, {
          kind: 'closed',
          at: new Date(back.getTime() - 3600_000),
          actor: firm.name,
          note: '',
          holder: '已办结',
          due: null,
        })
        timeline.splice(timeline.length - 1, 0, {
          kind: 'reopened',
          at: back,
          actor: firm.name,
          note: '问题反复，申请退回重办',
          holder,
          due: dueAt,
        })
      }
      timeline.push({ kind: 'closed', at: closedAt, actor: firm.name, note: '', holder: '已办结', due: null })
      if (rating)
        timeline.push({
          kind: 'rated',
          at: new Date(closedAt.getTime() + 3600_000),
          actor: firm.name,
          note: '★'.repeat(rating),
          holder: '已办结',
          due: null,
        })
      timeline.sort((a, b) => a.at.getTime() - b.at.getTime())
      demands.push({
        community_id: c.id,
        grid_id: firm.grid_id,
        enterprise_id: firm.id,
        category,
        urgency,
        title,
        description,
        contact_name: '联络员（示例）',
        contact_phone: `1385740${String(1000 + ((k * 37) % 9000)).padStart(4, '0')}`,
        status: 'closed',
        holder_department_id: byCommunity ? null : dept.id,
        solved_by: byCommunity ? 'community' : 'department',
        result: RESULTS[category],
        filed_at: filedAt,
        due_at: dueAt,
        closure_proposed_at: proposedAt,
        closed_at: closedAt,
        on_time: proposedAt <= dueAt,
        rating,
        rating_comment: rating === 3 ? '办得慢了些' : null,
        rated_at: rating ? new Date(closedAt.getTime() + 3600_000) : null,
        reopen_count: reopened ? 1 : 0,
        terms: bigrams(`${title} ${description}`),
        updated_at: closedAt,
      })
      steps.push(timeline)
      dispatches.push(sent)
    }
  }

  // Loaded in bulk with the statistics trigger off, then counted once (demand_stats_rebuild).
  await sql`alter table demands disable trigger demand_stats_keep`.execute(db)
  // Ids first, then each table in one statement whose rows travel as one JSON parameter
  // (thousands of bound parameters are slow to parse on the embedded database).
  const ids = (
    await sql<{ id: number }>`select nextval(pg_get_serial_sequence('demands', 'id'))::int as id
      from generate_series(1, ${demands.length})`.execute(db)
  ).rows.map((r) => r.id)
  await sql`insert into demands (id, community_id, grid_id, enterprise_id, category, urgency, title, description,
      contact_name, contact_phone, status, holder_department_id, solved_by, result, filed_at, due_at,
      closure_proposed_at, closed_at, on_time, rating, rating_comment, rated_at, reopen_count, terms, updated_at)
    select id, community_id, grid_id, enterprise_id, category, urgency, title, description, contact_name, contact_phone,
      status, holder_department_id, solved_by, result, filed_at, due_at, closure_proposed_at, closed_at, on_time,
      rating, rating_comment, rated_at, reopen_count, string_to_array(terms, ' '), updated_at
    from jsonb_to_recordset(${JSON.stringify(demands.map((d, i) => ({ ...d, id: ids[i], terms: d.terms.join(' ') })))}::jsonb)
      as x(id int, community_id int, grid_id int, enterprise_id int, category text, urgency text, title text,
        description text, contact_name text, contact_phone text, status text, holder_department_id int, solved_by text,
        result text, filed_at timestamptz, due_at timestamptz, closure_proposed_at timestamptz, closed_at timestamptz,
        on_time boolean, rating smallint, rating_comment text, rated_at timestamptz, reopen_count int, terms text,
        updated_at timestamptz)`.execute(db)
  const ev = ids.flatMap((id, j) =>
    steps[j].map((s) => ({
      demand_id: id,
      at: s.at,
      actor_label: s.actor,
      kind: s.kind,
      note: s.note,
      holder_label: s.holder,
      due_at: s.due,
    })),
  )
  await sql`insert into demand_events (demand_id, at, actor_label, kind, note, holder_label, due_at)
    select demand_id, at, actor_label, kind, note, holder_label, due_at
    from jsonb_to_recordset(${JSON.stringify(ev)}::jsonb)
      as x(demand_id int, at timestamptz, actor_label text, kind text, note text, holder_label text, due_at timestamptz)`.execute(
    db,
  )
  const events = ev.length
  const sent = ids.flatMap((id, j) =>
    dispatches[j].map((a, n) => ({
      demand_id: id,
      department_id: a.department_id,
      status: a.status,
      lead: n === 0,
      deadline: a.deadline,
      dispatched_at: a.at,
      responded_at: new Date(a.at.getTime() + 2 * 3600_000),
      reason: a.reason,
    })),
  )
  await sql`insert into demand_assignments (demand_id, department_id, status, lead, deadline, dispatched_at, responded_at, reason)
    select demand_id, department_id, status, lead, deadline, dispatched_at, responded_at, reason
    from jsonb_to_recordset(${JSON.stringify(sent)}::jsonb)
      as x(demand_id int, department_id int, status text, lead boolean, deadline timestamptz, dispatched_at timestamptz,
        responded_at timestamptz, reason text)`.execute(db)
  const open = await seedOpen(ctx, communities, enterprisesOf, departments, demoEnterprise?.id ?? null)
  await sql`alter table demands enable trigger demand_stats_keep`.execute(db)
  await sql`select demand_stats_rebuild()`.execute(db)
  return { demands: demands.length + open, demandEvents: events }
}

// A few demands in hand now (relative to the seed's time), so every demo role has a queue:
// the grid's social worker something to dispatch, 区人社局 something to accept, the enterprise a
// closure to confirm; one is past its deadline for the street office.
const OPEN: [
  status: 'filed' | 'dispatched' | 'accepted' | 'info_requested' | 'closure_proposed',
  category: DemandCategory,
  days: number,
][] = [
  ['filed', 'hiring', 1],
  ['filed', 'equipment', 2],
  ['dispatched', 'talent', 2],
  ['accepted', 'hiring', 4],
  ['accepted', 'tech', 18],
  ['info_requested', 'policy', 3],
  ['closure_proposed', 'hiring', 6],
]

async function seedOpen(
  ctx: SeedCtx,
  communities: { id: number; code: string; name: string }[],
  enterprisesOf: Map<number, { id: number; name: string; grid_id: number | null; grid: string | null }[]>,
  departments: Map<string, { id: number; name: string }>,
  demoEnterpriseId: number | null,
): Promise<number> {
  const c = communities.find((x) => x.code === 'BL-LINGFENG')
  const firms = c ? enterprisesOf.get(c.id) : undefined
  if (!c || !firms?.length) return 0
  let n = 0
  for (const [i, [status, category, days]] of OPEN.entries()) {
    const firm = (i % 2 === 0 && firms.find((f) => f.id === demoEnterpriseId)) || firms[(i * 5) % firms.length]
    const filedAt = addWorkingMinutes(new Date(ctx.now.getTime() - days * DAY), 0)
    const { dueAt, remindAt } = clockFrom(filedAt, slaMinutes('normal', category))
    const dept = departments.get(DEPARTMENT_FOR[category][0])!
    const title = TITLES[category][(i + 1) % TITLES[category].length]
    const worker = `${c.name}${firm.grid ?? ''} 社工`
    const handled = status === 'accepted' || status === 'closure_proposed'
    const { id } = await ctx.db
      .insertInto('demands')
      .values({
        community_id: c.id,
        grid_id: firm.grid_id,
        enterprise_id: firm.id,
        category,
        urgency: 'normal',
        title,
        description: `${firm.name}：${title}，请社区协调解决。`,
        contact_name: '联络员（示例）',
        contact_phone: '13857401234',
        status,
        paused_from: status === 'info_requested' ? 'filed' : null,
        paused_at: status === 'info_requested' ? new Date(filedAt.getTime() + 2 * 3600_000) : null,
        sla_left_minutes: status === 'info_requested' ? 4000 : null,
        holder_department_id: handled ? dept.id : null,
        solved_by: handled ? 'department' : null,
        result: status === 'closure_proposed' ? RESULTS[category] : null,
        filed_at: filedAt,
        due_at: dueAt,
        remind_at: remindAt,
        closure_proposed_at: status === 'closure_proposed' ? new Date(ctx.now.getTime() - 3600_000) : null,
        on_time: status === 'closure_proposed' ? true : null,
        terms: bigrams(title),
        updated_at: ctx.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const t = (h: number) => new Date(filedAt.getTime() + h * 3600_000)
    const steps: { kind: string; at: Date; actor: string; note: string; holder: string }[] = [
      { kind: 'filed', at: filedAt, actor: firm.name, note: '', holder: worker },
    ]
    if (status === 'info_requested')
      steps.push({
        kind: 'info_requested',
        at: t(2),
        actor: worker,
        note: '请补充近三年研发投入材料',
        holder: `${firm.name}（补充材料）`,
      })
    if (status !== 'filed' && status !== 'info_requested') {
      steps.push({ kind: 'dispatched', at: t(3), actor: worker, note: `派往${dept.name}`, holder: dept.name })
      await ctx.db
        .insertInto('demand_assignments')
        .values({
          demand_id: id,
          department_id: dept.id,
          status: handled ? 'accepted' : 'pending',
          lead: true,
          deadline: dueAt,
          dispatched_at: t(3),
          responded_at: handled ? t(5) : null,
        })
        .execute()
    }
    if (handled) steps.push({ kind: 'accepted', at: t(5), actor: dept.name, note: '', holder: dept.name })
    if (status === 'closure_proposed')
      steps.push({
        kind: 'closure_proposed',
        at: new Date(ctx.now.getTime() - 3600_000),
        actor: dept.name,
        note: RESULTS[category],
        holder: `${firm.name}（确认办结）`,
      })
    await ctx.db
      .insertInto('demand_events')
      .values(
        steps.map((x) => ({
          demand_id: id,
          at: x.at,
          actor_id: null,
          actor_label: x.actor,
          kind: x.kind,
          note: x.note,
          holder_label: x.holder,
          due_at: dueAt,
        })),
      )
      .execute()
    n++
  }
  return n
}
