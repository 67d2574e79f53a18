import type { SeedCtx } from '../../server/core/feature'
import { creditCodeCheckChar } from '../../server/people/credit-code'

// Grids, departments and enterprises for the demo. 澄潭 has 5 grids (004_…txt: “按照片区、产业类型划分5个
// 专属网格”) and 灵峰 three (示例 areas), each held by one social worker (“一社工一网格”, 002_…txt; the
// 社工 accounts are in the user seed); the departments' members and every enterprise named here are
// examples (示例), not facts from the texts.
const GRIDS: [community: string, name: string, area: string][] = [
  ['BL-LINGFENG', '第一网格', '灵峰路以东（示例）'],
  ['BL-LINGFENG', '第二网格', '灵峰路以西（示例）'],
  ['BL-LINGFENG', '第三网格', '物流园片区（示例）'],
  ...[1, 2, 3, 4, 5].map(
    (n) => ['XC-CHENGTAN', `第${'一二三四五'[n - 1]}网格`, '澄潭智能装备产业社区'] as [string, string, string],
  ),
]

export const DEPARTMENTS: [code: string, name: string, kind: 'bureau' | 'street' | 'member_unit', district: string][] =
  [
    ['BL-RSJ', '北仑区人力资源和社会保障局', 'bureau', '宁波市北仑区'],
    ['BL-KJJ', '北仑区科学技术局', 'bureau', '宁波市北仑区'],
    ['BL-SCJ', '北仑区市场监督管理局', 'bureau', '宁波市北仑区'],
    ['BL-STHJ', '宁波市生态环境局北仑分局', 'bureau', '宁波市北仑区'],
    ['BL-ZRZY', '宁波市自然资源和规划局北仑分局', 'bureau', '宁波市北仑区'],
    ['BL-FGJ', '北仑区发展和改革局', 'bureau', '宁波市北仑区'],
    ['BL-DAQI', '大碶街道办事处', 'street', '宁波市北仑区'],
    ['BL-XINQI', '新碶街道办事处', 'street', '宁波市北仑区'],
    ['XC-CHENGTAN-ST', '澄潭街道办事处', 'street', '绍兴市新昌县'],
    ['BL-GDS', '国网北仑供电公司（成员单位）', 'member_unit', '宁波市北仑区'],
    // 红链贷's partner banks (示例: the texts name none) and the institute of the free-patent list
    // (002_…txt: “中科院宁波材料所推出的100余项免费专利”), member units like the others.
    ['BL-BANK-1', '北仑示例银行大碶支行（示例）', 'member_unit', '宁波市北仑区'],
    ['BL-BANK-2', '北仑示例农商银行（示例）', 'member_unit', '宁波市北仑区'],
    ['NB-NIMTE', '中国科学院宁波材料技术与工程研究所', 'member_unit', '宁波市镇海区'],
  ]

// Example enterprises (示例企业): names invented, credit codes made valid by their check character.
const ENTERPRISES: [
  community: string,
  grid: string,
  name: string,
  body: string,
  industry: string,
  headcount: number,
][] = [
  ['BL-LINGFENG', '第一网格', '宁波灵峰精密机械有限公司（示例）', '91330206MA2H8K1A', '精密轴承', 320],
  ['BL-LINGFENG', '第二网格', '宁波港城模具科技有限公司（示例）', '91330206MA2H8K2B', '模具', 180],
  ['BL-LINGFENG', '第三网格', '北仑恒通物流有限公司（示例）', '91330206MA2H8K3C', '物流', 95],
  ['XC-CHENGTAN', '第一网格', '新昌澄潭智能装备有限公司（示例）', '91330624MA2D4E1F', '智能装备', 450],
  ['XC-CHENGTAN', '第二网格', '新昌县轴承配件有限公司（示例）', '91330624MA2D4E2G', '精密轴承', 130],
]

/** The 18-character code of an example enterprise: its 16-character body, a digit, the check character. */
export const exampleCreditCode = (body: string) => `${body}0${creditCodeCheckChar(`${body}0`)}`

export async function seedAccountsData({ db, now }: SeedCtx) {
  const communities = new Map(
    (await db.selectFrom('communities').select(['id', 'code']).execute()).map((c) => [c.code, c.id]),
  )
  for (const [community, name, area] of GRIDS) {
    await db
      .insertInto('grids')
      .values({ community_id: communities.get(community)!, name, area })
      .onConflict((oc) => oc.columns(['community_id', 'name']).doNothing())
      .execute()
  }
  for (const [code, name, kind, district] of DEPARTMENTS) {
    await db
      .insertInto('departments')
      .values({ code, name, kind, district })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute()
  }
  const grids = await db.selectFrom('grids').select(['id', 'community_id', 'name']).execute()
  for (const [community, grid, name, body, industry, headcount] of ENTERPRISES) {
    const communityId = communities.get(community)!
    await db
      .insertInto('enterprises')
      .values({
        name,
        credit_code: exampleCreditCode(body),
        community_id: communityId,
        grid_id: grids.find((g) => g.community_id === communityId && g.name === grid)?.id ?? null,
        industry,
        headcount,
        verified_at: now,
      })
      .onConflict((oc) => oc.column('credit_code').doNothing())
      .execute()
  }
  return { grids: GRIDS.length, departments: DEPARTMENTS.length, enterprises: ENTERPRISES.length }
}
