import { main as sharing } from '../../cloudfunctions/sharing/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

jest.setTimeout(120_000)

// The demo's 全链共享 history, checked against the texts (002_…txt): 绿电享 “帮助50余家链上中小企业
// …使光伏电费下降13.3%，累计节约电费1500万元”; “100余项免费专利，(招宝磁业)一口气从清单中勾选出20项”;
// 灵峰 “12个全链共享项目”.
describeEachDatabase('sharing: the seeded history agrees with the texts', (ctx) => {
  const { invokeOk, demoToken } = ctx
  withDemoContent(ctx)

  test('绿电享: 50余 enterprises, 13.3 % below the grid, ¥1,500 万 saved', async () => {
    const enterprise = await demoToken(user, 'enterprise')
    const { items, totalSavingFen } = await invokeOk(sharing, 'rounds', {}, enterprise)
    const history = items.find((r: { status: string; example: boolean; members: number }) => r.members > 50)
    expect(history).toMatchObject({ discountPct: 13.3, status: 'started', members: 52 })
    expect(Math.round(history.savingFen / 100)).toBe(15_000_000)
    expect(totalSavingFen).toBe(history.savingFen)
    // The open round: the demo liaison may join it, inside its window.
    const open = items.find((r: { status: string }) => r.status === 'open')
    const detail = await invokeOk(sharing, 'round', { roundId: open.id }, enterprise)
    expect(detail.mine[0].can).toEqual(['join'])
  })

  test('灵峰 has 12 projects; 招宝磁业 ticked 20 of 100余 free patents', async () => {
    const enterprise = await demoToken(user, 'enterprise')
    const catalogue = await invokeOk(sharing, 'projects', {}, enterprise)
    expect(catalogue.items).toHaveLength(12)
    expect(
      catalogue.items.filter((p: { example: boolean }) => !p.example).map((p: { name: string }) => p.name),
    ).toEqual(['绿电享', '红链贷', '共享员工'])
    const list = await invokeOk(sharing, 'patents', {}, enterprise)
    expect(list.total).toBeGreaterThan(100)
    const admin = await demoToken(user, 'admin')
    const nimte = await ctx.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'NB-NIMTE')
      .executeTakeFirstOrThrow()
    const ticks = await invokeOk(sharing, 'patentTicks', { departmentId: nimte.id }, admin)
    expect(ticks.byEnterprise).toContainEqual(
      expect.objectContaining({ enterprise: '招宝磁业股份有限公司', picked: 20 }),
    )
  })

  test('the demo bank sees its queue; the demo liaison follows its application', async () => {
    const bank = await demoToken(user, 'bank')
    const queue = await invokeOk(sharing, 'bankQueue', {}, bank)
    expect(queue.items.length).toBeGreaterThan(0)
    expect(queue.stats.approvals).toBeGreaterThan(0)
    const mine = await invokeOk(sharing, 'myLoans', {}, await demoToken(user, 'enterprise'))
    expect(mine.items[0]).toMatchObject({ status: 'materials', can: ['upload'] })
  })
})
