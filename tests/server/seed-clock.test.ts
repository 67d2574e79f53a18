import { main as activities } from '../../cloudfunctions/activities/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as policies } from '../../cloudfunctions/policies/index'
import { main as stations } from '../../cloudfunctions/stations/index'
import { main as talent } from '../../cloudfunctions/talent/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

// A demo started on any day: the seed's dated content follows the seed's clock (ctx.now), and its
// places are where the source texts put them. Seeded here years from the other suites' days.
const sh = (local: string) => new Date(`${local}+08:00`)
const SEEDED = sh('2031-03-10T09:00:00') // a Monday
const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

describeEachDatabase('the demo seed on any day, with the texts’ places', (ctx) => {
  const { invokeOk } = ctx
  beforeAll(() => ctx.setNow(SEEDED))
  withDemoContent(ctx)
  beforeEach(() => ctx.setNow(SEEDED))
  afterAll(() => ctx.setNow(null))

  test('open and closing-soon policies, upcoming activities, open challenges and a year of demands ending today', async () => {
    expect((await invokeOk(policies, 'list', { window: 'open', limit: 50 })).items.length).toBeGreaterThan(0)
    expect((await invokeOk(policies, 'list', { window: 'closing', limit: 50 })).items.length).toBeGreaterThan(0)
    const upcoming = (await invokeOk(activities, 'list', {})).items as { startsAt: string; communityName: string }[]
    expect(upcoming.length).toBeGreaterThan(5)
    expect(upcoming.every((a) => new Date(a.startsAt) > SEEDED)).toBe(true)
    // Held where the texts hold them: 澄潭's sports day and 亲子研学, 岩河's 青年夜校, 海曙's 乡创 fair; 灵峰 keeps some.
    expect(new Set(upcoming.map((a) => a.communityName))).toEqual(
      new Set(['灵峰工业社区', '澄潭智能装备产业社区', '岩河社区', '海曙乡创中心']),
    )
    const board = (await invokeOk(talent, 'board', { sort: 'deadline' })).items as { deadline: string }[]
    expect(board.length).toBeGreaterThan(0)
    expect(board.every((c) => c.deadline > day(SEEDED))).toBe(true)
    const range = await ctx.db
      .selectFrom('demands')
      .select((eb) => [eb.fn.min('closed_at').as('first'), eb.fn.max('closed_at').as('last')])
      .where('status', '=', 'closed')
      .executeTakeFirstOrThrow()
    expect(new Date(range.first as never).getTime()).toBeGreaterThanOrEqual(sh('2030-03-10T00:00:00').getTime())
    expect(new Date(range.last as never).getTime()).toBeLessThan(sh('2031-03-10T00:00:00').getTime())
    const open = await ctx.db.selectFrom('demands').select('filed_at').where('status', '!=', 'closed').execute()
    expect(open.length).toBeGreaterThan(0)
    expect(open.every((d) => new Date(d.filed_at as never) <= SEEDED)).toBe(true)
  })

  test('灵峰 is in 大碶街道; 太白 is a 大碶 community whose 社工 runs its canteen; one 社工 per grid', async () => {
    const streets = Object.fromEntries(
      (await ctx.db.selectFrom('communities').select(['code', 'street']).execute()).map((c) => [c.code, c.street]),
    )
    expect(streets).toMatchObject({ 'BL-LINGFENG': '大碶街道', 'BL-TAIBAI': '大碶街道', 'BL-HENGHE': '大碶街道' })
    // The texts do not say which street 青峙, 金创 and 榭北 are in.
    expect([streets['BL-QINGZHI'], streets['BL-JINCHUANG'], streets['BL-XIEBEI']]).toEqual(['', '', ''])
    const lf = await invokeOk(stations, 'detail', { code: 'LF-01' })
    expect(lf.address).toContain('大碶街道')
    const taibai = (await invokeOk(canteen, 'list', {})).items.find(
      (c: { name: string }) => c.name === '太白社区延时餐厅',
    )
    const row = await ctx.db
      .selectFrom('canteens as c')
      .innerJoin('communities as m', 'm.id', 'c.community_id')
      .select('m.code')
      .where('c.id', '=', taibai.id)
      .executeTakeFirstOrThrow()
    expect(row.code).toBe('BL-TAIBAI')
    // 1+8+N: one 总站, eight 分站 of 大碶 communities.
    const network = await ctx.db
      .selectFrom('stations as s')
      .innerJoin('communities as m', 'm.id', 's.community_id')
      .select(['s.tier', 'm.street'])
      .where('s.tier', 'in', ['main_station', 'sub_station'])
      .execute()
    expect(network.filter((s) => s.tier === 'main_station')).toHaveLength(1)
    expect(network.filter((s) => s.tier === 'sub_station')).toHaveLength(8)
    expect(network.every((s) => s.street === '大碶街道')).toBe(true)
    // 一社工一网格: every grid of 灵峰 and 澄潭 has its own 社工; 澄潭 has 7 专职社工 for its 5 grids.
    const grids = await ctx.db
      .selectFrom('grids as g')
      .innerJoin('communities as m', 'm.id', 'g.community_id')
      .select(['m.code', 'g.social_worker_id'])
      .where('m.code', 'in', ['BL-LINGFENG', 'XC-CHENGTAN'])
      .execute()
    expect(grids).toHaveLength(8)
    expect(new Set(grids.map((g) => g.social_worker_id)).size).toBe(8)
    const chengtan = await ctx.db
      .selectFrom('user_roles as r')
      .innerJoin('communities as m', 'm.id', 'r.community_id')
      .select('r.user_id')
      .where('r.role', '=', 'social_worker')
      .where('m.code', '=', 'XC-CHENGTAN')
      .execute()
    expect(chengtan).toHaveLength(7)
  })
})
