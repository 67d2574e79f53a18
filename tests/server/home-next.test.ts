import { main as activities } from '../../cloudfunctions/activities/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as community } from '../../cloudfunctions/community/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

// Monday 2026-11-23 09:00 in Shanghai.
const NOW = new Date('2026-11-23T09:00:00+08:00')
jest.setTimeout(60_000)

describeEachDatabase('home: 接下来 — what comes next for me, from one call', (ctx) => {
  const { invoke, invokeOk, demoToken } = ctx
  beforeAll(() => ctx.setNow(NOW))
  withDemoContent(ctx)
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('signed out nothing; a worker’s booking and registration, soonest first, each linking to its page', async () => {
    expect((await invokeOk(community, 'home', {})).next).toEqual([])
    const taibai = await ctx.db
      .selectFrom('communities')
      .select('id')
      .where('code', '=', 'BL-TAIBAI')
      .executeTakeFirstOrThrow()
    const [w] = await signedInUsers(ctx.db, 1, 'worker', taibai.id)
    expect((await invokeOk(community, 'home', {}, w.token)).next).toEqual([])

    // A seat at 太白's canteen today at 12:00 (full price: a worker).
    const list = await invokeOk(canteen, 'list', {}, w.token)
    const c = list.items.find((x: { name: string }) => x.name === '太白社区延时餐厅')
    const day = await invokeOk(canteen, 'availability', { canteenId: c.id }, w.token)
    await invokeOk(
      canteen,
      'book',
      { canteenId: c.id, date: '2026-11-23', start: '12:00', items: [{ itemId: day.canteen.menu[0].id, qty: 1 }] },
      w.token,
    )
    // An activity later: the first open one that takes this worker.
    const open = (await invokeOk(activities, 'list', {}, w.token)).items.filter(
      (a: { registrationOpen: boolean; startsAt: string }) =>
        a.registrationOpen && a.startsAt > '2026-11-23T05:00:00.000Z',
    )
    let joined: { id: number; title: string; startsAt: string } | undefined
    for (const a of open) {
      if ((await invoke(activities, 'signUp', { activityId: a.id }, w.token)).ok) {
        joined = a
        break
      }
    }
    expect(joined).toBeDefined()

    const { next } = await invokeOk(community, 'home', {}, w.token)
    expect(next[0]).toEqual({
      label: '订餐预约',
      title: '太白社区延时餐厅',
      at: new Date('2026-11-23T12:00:00+08:00').toISOString(),
      url: '/subpackages/canteen/bookings',
      overdue: false,
    })
    expect(next[1]).toMatchObject({
      title: joined!.title,
      at: joined!.startsAt,
      url: `/subpackages/activities/detail?id=${joined!.id}`,
    })
    expect(['活动报名', '活动候补']).toContain(next[1].label)

    // After lunch the booking is behind them: the activity comes first.
    ctx.setNow(new Date('2026-11-23T15:00:00+08:00'))
    expect((await invokeOk(community, 'home', {}, w.token)).next[0]).toMatchObject({ title: joined!.title })
  })

  test('a liaison sees the deadline of their own open demand; one past due is flagged and comes first', async () => {
    const token = await demoToken(user, 'enterprise')
    const me = await invokeOk(user, 'me', {}, token)
    const open = await ctx.db
      .selectFrom('demands')
      .select(['id', 'due_at'])
      .where('filed_by', '=', me.id)
      .where('status', 'not in', ['closed', 'merged'])
      .orderBy('due_at')
      .executeTakeFirst()
    const { next } = await invokeOk(community, 'home', {}, token)
    if (!open) {
      expect(next.some((n: { label: string }) => n.label === '我的诉求办结时限')).toBe(false)
      return
    }
    const mine = next.find((n: { label: string }) => n.label === '我的诉求办结时限')
    expect(mine).toMatchObject({
      url: `/subpackages/demands/detail?id=${open.id}`,
      at: new Date(open.due_at).toISOString(),
      overdue: new Date(open.due_at) < NOW,
    })
    if (mine.overdue) expect(next[0]).toBe(mine)
    // Pushed past its due date, it is flagged and first.
    ctx.setNow(new Date(new Date(open.due_at).getTime() + 3600_000))
    expect((await invokeOk(community, 'home', {}, token)).next[0]).toMatchObject({
      label: '我的诉求办结时限',
      overdue: true,
    })
  })
})
