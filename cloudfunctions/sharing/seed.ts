import type { SeedCtx } from '../../server/core/feature'
import { creditCodeCheckChar } from '../../server/people/credit-code'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { patentCheckChar } from './domain/patents'

// 全链共享's demo content, dated from the seed's clock. From the texts (002_…txt):
// - 灵峰 “推出‘绿电享’‘红链贷’‘共享员工’等12个全链共享项目”: those three are named; the other nine
//   are examples (示例), as are every project's words on how to join;
// - 绿电享 “帮助50余家链上中小企业通过‘组团购电’方式，使光伏电费下降13.3%，累计节约电费1500万元”:
//   a history round of 52 enterprises (示例 names) at prices 13.3 % under the grid's (¥0.5202 against
//   ¥0.6000 per kWh, 示例 prices), 36 months of readings summing to 187,969,925 kWh, which at
//   ¥0.0798 saved per kWh is ¥15,000,000 (the monthly figures are 示例);
// - “中科院宁波材料所推出的100余项免费专利，(招宝磁业)一口气从清单中勾选出20项”: 106 patents (示例
//   numbers and titles) and 招宝磁业's 20 ticks; which ones and the agreements are 示例;
// - 红链贷: the cap, partner banks and applications are 示例 (the texts give no figures).

const LINGFENG = 'BL-LINGFENG'
const PRICE_E4 = 5202
const GRID_E4 = 6000
/** ¥15,000,000 at ¥0.0798 saved per kWh. */
const HISTORY_KWH = 187_969_925
const HISTORY_FIRMS = 52
const HISTORY_MONTHS = 36

const PROJECTS: [name: string, flow: string, summary: string, how: string, category: string, example: boolean][] = [
  [
    '绿电享',
    'power',
    '链上中小企业组团购买光伏绿电，电费比电网电价低',
    '在团购报名期内填写月用电量参团，达到门槛即开团',
    'other',
    false,
  ],
  [
    '红链贷',
    'loan',
    '合作银行为链上企业提供专项贷款',
    '在线提交申请（金额、用途），合作银行受理审批',
    'finance',
    false,
  ],
  ['共享员工', 'jobs', '淡旺季企业之间调剂用工', '在零工市场发布或报名共享员工岗位', 'hiring', false],
  ['共享实验室', 'lab', '检测费用较市场价降低', '选择检测项目并预约送样时段', 'tech', true],
  ['免费专利', 'patents', '院所免费开放专利，企业勾选意向', '在专利清单中勾选想要的专利，院所对接转让', 'tech', true],
  ['共享仓储', 'demand', '链上企业余量仓库互相调剂', '向社区提出仓储需求，社区对接', 'land', true],
  ['共享物流', 'demand', '同线路企业拼车发货', '向社区提出物流线路需求，社区撮合', 'other', true],
  ['共享会议室', 'demand', '党群服务中心会议室、展厅免费预约', '向社区提出使用需求', 'other', true],
  ['共享培训', 'demand', '龙头企业开放技能培训名额', '向社区报名培训需求', 'talent', true],
  ['共享法务', 'demand', '律师顾问团为企业提供合同、劳动法务咨询', '向社区提出法律咨询', 'consultation', true],
  ['共享设备', 'demand', '闲置检测、加工设备按时段共享', '向社区提出设备使用需求', 'equipment', true],
  ['共享政策专员', 'demand', '助企专员上门解读、代办政策兑现', '向社区提出政策兑现需求', 'policy', true],
]

const FIELDS: [field: string, chain: string, titles: string[]][] = [
  ['稀土永磁', '新材料', ['高矫顽力钕铁硼磁体', '晶界扩散重稀土', '低镝烧结磁体', '磁体回收再利用', '热压磁环']],
  ['表面处理', '新材料', ['磁钢防腐涂层', '真空镀铝工艺', '耐盐雾电泳涂装', '类金刚石薄膜']],
  ['电机', '汽车零部件', ['电机转子磁路结构', '扁线定子绕组', '轮毂电机散热', '电机退磁检测']],
  ['高分子', '新材料', ['可降解聚酯', '阻燃工程塑料', '碳纤维复合预浸料', '导热硅胶垫片']],
  ['精密制造', '高端装备', ['轴承滚道超精加工', '激光熔覆修复', '精密注塑模具', '微细电火花加工']],
  ['新能源', '新能源', ['固态电解质', '氢燃料电池双极板', '钠离子电池正极', '光伏背板膜']],
]

/** A valid 18-character credit code from a 16-character body (as the community seed's examples). */
const creditCode = (body: string) => `${body}0${creditCodeCheckChar(`${body}0`)}`
const monthsBack = (now: Date, n: number) => {
  const [y, m] = shanghaiDate(now).split('-').map(Number)
  const t = y * 12 + (m - 1) - n
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`
}

export async function seedSharing({ db, now }: SeedCtx): Promise<Record<string, number>> {
  const lingfeng = await db.selectFrom('communities').select('id').where('code', '=', LINGFENG).executeTakeFirst()
  if (!lingfeng) return {}
  const done = await db
    .selectFrom('sharing_projects')
    .select('id')
    .where('community_id', '=', lingfeng.id)
    .executeTakeFirst()
  if (done) return {}
  const dept = async (code: string) =>
    (await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst())?.id ?? null

  // The catalogue.
  await db
    .insertInto('sharing_projects')
    .values(
      PROJECTS.map(([name, flow, summary, how, category, example], i) => ({
        community_id: lingfeng.id,
        name,
        summary: example ? `${summary}（示例）` : summary,
        how_to_join: how,
        flow: flow as 'power',
        demand_category: category,
        example,
        sort: i,
        created_at: now,
      })),
    )
    .execute()

  // 灵峰's chain enterprises (示例 names) that bought power together.
  const firms: number[] = []
  for (let i = 1; i <= HISTORY_FIRMS; i++) {
    const code = creditCode(`91330206MA2LF${String(i).padStart(3, '0')}`)
    const row = await db
      .insertInto('enterprises')
      .values({
        name: `灵峰链上企业${String(i).padStart(2, '0')}（示例）`,
        credit_code: code,
        community_id: lingfeng.id,
        industry: ['精密轴承', '模具', '汽车零部件', '新材料'][i % 4],
        headcount: 40 + ((i * 37) % 260),
        verified_at: now,
      })
      .onConflict((oc) => oc.column('credit_code').doUpdateSet({ verified_at: now }))
      .returning('id')
      .executeTakeFirstOrThrow()
    firms.push(row.id)
  }

  const startMonth = monthsBack(now, HISTORY_MONTHS)
  const opens = `${monthsBack(now, HISTORY_MONTHS + 1)}-01`
  const history = await db
    .insertInto('sharing_power_rounds')
    .values({
      community_id: lingfeng.id,
      title: '灵峰光伏组团购电（首轮）',
      supplier: '北仑光伏售电示例公司（示例）',
      price_e4: PRICE_E4,
      grid_price_e4: GRID_E4,
      threshold_kind: 'enterprises',
      threshold: 30,
      join_opens: opens,
      join_closes: addDays(opens, 20),
      status: 'started',
      started_at: new Date(`${startMonth}-01T00:00:00+08:00`),
      example: true,
      created_at: new Date(`${opens}T09:00:00+08:00`),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  // Monthly readings: each enterprise's base (示例) with a summer peak, scaled to the exact total.
  const bases = firms.map((_, i) => 50_000 + ((i * 7919) % 100_000))
  const season = (k: number) => 1 + 0.25 * Math.cos(((k % 12) - 6) * (Math.PI / 6))
  const raw: { e: number; k: number; v: number }[] = []
  firms.forEach((_, i) => {
    for (let k = 0; k < HISTORY_MONTHS; k++)
      raw.push({ e: i, k, v: bases[i] * season(k + Number(startMonth.slice(5)) - 1) })
  })
  const scale = HISTORY_KWH / raw.reduce((s, r) => s + r.v, 0)
  const kwh = raw.map((r) => Math.floor(r.v * scale))
  kwh[kwh.length - 1] += HISTORY_KWH - kwh.reduce((s, v) => s + v, 0)
  await db
    .insertInto('sharing_power_members')
    .values(
      firms.map((id, i) => ({
        round_id: history.id,
        enterprise_id: id,
        monthly_kwh: Math.round(bases[i] * scale),
        joined_at: new Date(`${opens}T10:00:00+08:00`),
      })),
    )
    .execute()
  for (let i = 0; i < raw.length; i += 500) {
    await db
      .insertInto('sharing_power_readings')
      .values(
        raw.slice(i, i + 500).map((r, j) => {
          const month = monthsBack(now, HISTORY_MONTHS - r.k)
          return {
            round_id: history.id,
            enterprise_id: firms[r.e],
            month,
            kwh: kwh[i + j],
            recorded_at: new Date(`${month}-28T10:00:00+08:00`),
          }
        }),
      )
      .execute()
  }
  // A round open now (示例) that the demo enterprise can join.
  const today = shanghaiDate(now)
  const open = await db
    .insertInto('sharing_power_rounds')
    .values({
      community_id: lingfeng.id,
      title: '灵峰光伏组团购电（新一轮，示例）',
      supplier: '北仑光伏售电示例公司（示例）',
      price_e4: PRICE_E4,
      grid_price_e4: GRID_E4,
      threshold_kind: 'enterprises',
      threshold: 10,
      join_opens: addDays(today, -5),
      join_closes: addDays(today, 14),
      example: true,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('sharing_power_members')
    .values(
      firms
        .slice(0, 6)
        .map((id, i) => ({ round_id: open.id, enterprise_id: id, monthly_kwh: bases[i], joined_at: now })),
    )
    .execute()

  // 红链贷: the programme, two partner banks (示例) and example applications.
  const banks = [await dept('BL-BANK-1'), await dept('BL-BANK-2')].filter((d): d is number => d !== null)
  let loans = 0
  if (banks.length) {
    const programme = await db
      .insertInto('sharing_loan_programmes')
      .values({
        community_id: lingfeng.id,
        name: '红链贷',
        intro: '链上企业专项信用贷款，额度上限为示例',
        cap_yuan: 5_000_000,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('sharing_loan_banks')
      .values(banks.map((b) => ({ programme_id: programme.id, department_id: b })))
      .execute()
    const ents = await db
      .selectFrom('enterprises')
      .select(['id', 'credit_code', 'industry'])
      .where('community_id', '=', lingfeng.id)
      .orderBy('id')
      .limit(8)
      .execute()
    const plans: [
      status: 'submitted' | 'accepted' | 'materials' | 'approved' | 'declined',
      amount: number,
      approved: number | null,
    ][] = [
      ['materials', 2_000_000, null],
      ['submitted', 800_000, null],
      ['approved', 3_000_000, 2_500_000],
      ['approved', 1_200_000, 1_200_000],
      ['declined', 4_500_000, null],
      ['accepted', 600_000, null],
      ['approved', 500_000, 500_000],
    ]
    for (const [i, [status, amount, approved]] of plans.entries()) {
      const e = ents[i % ents.length]
      const at = new Date(now.getTime() - (plans.length - i) * 9 * 86_400_000)
      await db
        .insertInto('sharing_loans')
        .values({
          programme_id: programme.id,
          enterprise_id: e.id,
          amount_yuan: amount,
          purpose: ['购置数控磨床（示例）', '原材料采购流动资金（示例）', '厂房光伏改造（示例）'][i % 3],
          chain: e.industry,
          credit_code: e.credit_code,
          bank_id: status === 'submitted' ? null : banks[i % banks.length],
          status,
          materials_note: status === 'materials' ? '请补充近两年财务报表和购销合同（示例）' : '',
          approved_yuan: approved,
          reason: status === 'declined' ? '抵押担保不足（示例）' : '',
          example: true,
          created_at: at,
          updated_at: at,
          decided_at: approved !== null || status === 'declined' ? at : null,
        })
        .execute()
      loans++
    }
  }

  // The free-patent list of 中科院宁波材料所 and 招宝磁业's 20 ticks.
  const nimte = await dept('NB-NIMTE')
  let patents = 0
  if (nimte) {
    const rows: { number: string; title: string; field: string; chain: string; status: string }[] = []
    let n = 0
    for (const [field, chain, titles] of FIELDS) {
      for (const t of titles) {
        for (const suffix of ['制备方法', '装置', '及其应用', '检测方法', '工艺']) {
          if (rows.length >= 106) break
          n++
          const digits = `2021${String(10_000_000 + n * 7).slice(-8)}`
          rows.push({
            number: `ZL${digits}.${patentCheckChar(digits)}`,
            title: `${t}${suffix}（示例）`,
            field,
            chain,
            status: n % 9 === 0 ? '审查中' : '已授权',
          })
        }
      }
    }
    const inserted = await db
      .insertInto('sharing_patents')
      .values(rows.map((r) => ({ ...r, department_id: nimte, example: true, created_at: now, updated_at: now })))
      .onConflict((oc) => oc.column('number').doNothing())
      .returning('id')
      .execute()
    patents = inserted.length
    const zhaobao = await db
      .insertInto('enterprises')
      .values({
        // 002_…txt names the enterprise; its credit code and community here are examples (示例).
        name: '招宝磁业股份有限公司',
        credit_code: creditCode('91330206MA2ZB001'),
        community_id: lingfeng.id,
        industry: '稀土永磁',
        verified_at: now,
      })
      .onConflict((oc) => oc.column('credit_code').doUpdateSet({ verified_at: now }))
      .returning('id')
      .executeTakeFirstOrThrow()
    const magnet = inserted.slice(0, 20)
    await db
      .insertInto('sharing_patent_picks')
      .values(
        magnet.map((p, i) => ({
          patent_id: p.id,
          enterprise_id: zhaobao.id,
          picked_at: new Date(now.getTime() - 200 * 86_400_000),
          agreement_at: i < 12 ? new Date(now.getTime() - 150 * 86_400_000) : null,
        })),
      )
      .execute()
  }
  return { sharingProjects: PROJECTS.length, powerFirms: firms.length, powerReadings: raw.length, loans, patents }
}
