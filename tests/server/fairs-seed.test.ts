import { main as fairs } from '../../cloudfunctions/fairs/index'
import { main as user } from '../../cloudfunctions/user/index'
import { SEEDS } from '../../cloudfunctions/seeds'
import { seedDemo } from '../../server/core/seed'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

// The demo's 1860青年公社 market: a weekly fair every Wednesday from the seed's clock, last week's
// fair with its results, the next one with booths booked and the demo worker registered.
const NOW = new Date('2026-11-23T10:00:00+08:00')

describeEachDatabase('fairs: the demo market', (ctx) => {
  const { demoToken, invokeOk } = ctx
  beforeAll(() => ctx.setNow(NOW))
  withDemoContent(ctx)
  afterAll(() => ctx.setNow(null))

  test('the 社工 sees the weekly series, last Wednesday held with results, the next Wednesdays made', async () => {
    const shegong = await demoToken(user, 'social_worker')
    const { series } = await invokeOk(fairs, 'managed', {}, shegong)
    const market = series.find((s: { title: string }) => s.title === '1860青年公社零工市场每周专场招聘会')
    expect(market).toMatchObject({ repeat: 'weekly', rule: '每周三 14:00–17:00', weeks: 8 })
    const dates = market.fairs.map((f: { date: string }) => f.date)
    expect(dates.slice(0, 3)).toEqual(['2026-11-18', '2026-11-25', '2026-12-02'])
    const past = market.fairs[0]
    expect(past.status).toBe('ended')
    const st = await invokeOk(fairs, 'stats', { fairId: past.id }, shegong)
    expect(st.fairStats).toMatchObject({ boothsBooked: 2, registered: 6, checkedIn: 5, intents: 3, hires: 1 })
    expect(st.fairStats.applications).toBeGreaterThan(5)
    expect(st.seriesStats.hires).toBe(1)
  })

  test('the demo worker holds an entry code for the next fair; the demo liaison may still book a booth', async () => {
    const { items } = await invokeOk(fairs, 'list', {})
    const next = items.find((f: { title: string }) => f.title.startsWith('1860青年公社'))
    expect(next).toMatchObject({ date: '2026-11-25', boothsBooked: 2, registered: 3 })
    const worker = await invokeOk(fairs, 'detail', { fairId: next.id }, await demoToken(user, 'worker'))
    expect(worker.mine).toMatchObject({ status: 'confirmed', code: expect.any(String) })
    expect(worker.booths.flatMap((b: { positions: { pay: string }[] }) => b.positions.map((p) => p.pay))).toContain(
      '6500–7500 元/月',
    )
    const liaison = await invokeOk(fairs, 'detail', { fairId: next.id }, await demoToken(user, 'enterprise'))
    expect(liaison.can).toContain('bookBooth')
    const mine = await invokeOk(fairs, 'mine', {}, await demoToken(user, 'enterprise'))
    expect(mine.booths[0]).toMatchObject({ applications: expect.any(Number) })
  })

  test('seeding again adds nothing', async () => {
    const n = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('fairs')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const before = await n()
    await seedDemo(ctx.runtime, SEEDS)
    expect(await n()).toBe(before)
  })
})
