import { main as canteen } from '../../cloudfunctions/canteen/index'
import { describeEachDatabase } from '../helpers/databases'
import { personWith } from '../helpers/grants'

// Canteens made and kept in the app (issue 21 §1): an admin anywhere, a 社工 in their community.
// 2026-11-23 is a Monday.
const sh = (local: string) => new Date(`${local}+08:00`)

describeEachDatabase('canteen: made and kept in the app', (ctx) => {
  const { invoke, invokeOk } = ctx
  const ids = {} as Record<'lingfeng' | 'jinchuang', number>
  const as = {} as Record<'admin' | 'worker' | 'otherWorker' | 'rider' | 'rider2', string>
  const count = async (table: 'canteens' | 'canteen_closures' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const form = (over: Record<string, unknown> = {}) => ({
    name: '灵峰职工餐厅',
    communityId: ids.lingfeng,
    address: '北仑区大碶街道灵峰路 1 号',
    lng: 121.78,
    lat: 29.88,
    windows: [
      { name: '午餐', start: '11:00', end: '13:00', days: [1, 2, 3, 4, 5] },
      { name: '周末早午餐', start: '10:00', end: '14:00', days: [6, 7] },
    ],
    slotMinutes: 30,
    seatsPerSlot: 10,
    bookingDays: 3,
    cutoffMinutes: 30,
    riderDiscount: 70,
    ...over,
  })

  beforeAll(async () => {
    ctx.setNow(sh('2026-11-23T08:00:00'))
    const community = (code: string, name: string) =>
      ctx.db
        .insertInto('communities')
        .values({ code, name, district: '北仑区', street: '大碶街道', lng: 121.8, lat: 29.9 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ids.lingfeng = (await community('T-LF', '灵峰工业社区')).id
    ids.jinchuang = (await community('T-JC', '金创工业社区')).id
    as.admin = (await personWith(ctx.db, 'admin', {}, '管理员')).token
    as.worker = (await personWith(ctx.db, 'social_worker', { communityId: ids.lingfeng }, '灵峰社工')).token
    as.otherWorker = (await personWith(ctx.db, 'social_worker', { communityId: ids.jinchuang }, '金创社工')).token
    as.rider = (await personWith(ctx.db, 'rider', { communityId: ids.lingfeng }, '骑手甲')).token
    as.rider2 = (await personWith(ctx.db, 'rider', { communityId: ids.lingfeng }, '骑手乙')).token
  })
  afterAll(() => ctx.setNow(null))

  test('bad input is refused in Chinese and writes nothing', async () => {
    const before = [await count('canteens'), await count('audit_log')]
    const refused = async (over: Record<string, unknown>, message: string | RegExp, token = as.worker) => {
      const r = await invoke(canteen, 'saveCanteen', form(over), token)
      expect(r).toMatchObject({ ok: false })
      expect((r as { message: string }).message).toMatch(message)
    }
    await refused(
      {
        windows: [
          { name: '午餐', start: '11:00', end: '13:00', days: [1, 2, 3] },
          { name: '加餐', start: '12:30', end: '14:00', days: [3, 4] },
        ],
      },
      '供餐时段不能重叠：周三「午餐」与周三「加餐」时间重叠',
    )
    // A window past midnight runs into the next morning.
    await refused(
      {
        windows: [
          { name: '夜宵', start: '22:00', end: '02:00', days: [1] },
          { name: '早餐', start: '01:00', end: '03:00', days: [2] },
        ],
      },
      '供餐时段不能重叠：周一「夜宵」与周二「早餐」时间重叠',
    )
    await refused({ seatsPerSlot: 0 }, '每个时段至少 1 个座位')
    await refused({ slotMinutes: 0 }, '每个餐位时长至少 10 分钟')
    await refused({ slotMinutes: 45 }, '「午餐」时段 120 分钟，不能按每 45 分钟一个餐位整分，请调整时段或餐位时长')
    await refused({ riderDiscount: 0 }, '骑手价应为原价的 10%–100%（如 68 即 6.8 折）')
    await refused({ riderDiscount: 150 }, '骑手价应为原价的 10%–100%（如 68 即 6.8 折）')
    await refused({ lat: null }, '请同时填写经度和纬度，或都不填')
    await refused({ communityId: 99999 }, '没有这个社区', as.admin)
    await refused({ communityId: ids.jinchuang }, '只能管理你所在社区的餐厅')
    expect([await count('canteens'), await count('audit_log')]).toEqual(before)
  })

  test('a 社工 makes a canteen in their community with windows per weekday; riders book at the rider price', async () => {
    const made = await invokeOk(canteen, 'saveCanteen', form(), as.worker)
    expect(made).toMatchObject({ created: true })
    const id = made.canteenId
    await invokeOk(
      canteen,
      'saveMenuItem',
      { canteenId: id, name: '红烧肉套餐', priceCents: 1500, available: true },
      as.worker,
    )
    // Another community's 社工 may neither see nor keep it.
    expect(await invoke(canteen, 'settings', { canteenId: id }, as.otherWorker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能管理你所在社区的餐厅',
    })
    // Monday: lunch only; Saturday: the weekend brunch only.
    const monday = await invokeOk(canteen, 'availability', { canteenId: id }, as.rider)
    expect(monday.windows.map((w: { name: string; slots: unknown[] }) => [w.name, w.slots.length])).toEqual([
      ['午餐', 4],
    ])
    ctx.setNow(sh('2026-11-28T08:00:00'))
    const saturday = await invokeOk(canteen, 'availability', { canteenId: id }, as.rider)
    expect(saturday.windows.map((w: { name: string; slots: unknown[] }) => [w.name, w.slots.length])).toEqual([
      ['周末早午餐', 8],
    ])
    ctx.setNow(sh('2026-11-23T08:00:00'))
    const edited = await invokeOk(canteen, 'saveCanteen', form({ canteenId: id, seatsPerSlot: 12 }), as.worker)
    expect(edited).toEqual({ canteenId: id, created: false })
    const log = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('subject_type', '=', 'canteen')
      .where('subject_id', '=', String(id))
      .orderBy('id')
      .execute()
    expect(log.map((l) => l.action)).toEqual(['canteen.create', 'canteen.menu.save', 'canteen.update'])
    expect(log[2]).toMatchObject({ before: { seats_per_slot: 10 }, after: { seats_per_slot: 12 } })
    expect(await invokeOk(canteen, 'settings', { canteenId: id }, as.admin)).toMatchObject({
      name: '灵峰职工餐厅',
      communityName: '灵峰工业社区',
      lng: 121.78,
      seatsPerSlot: 12,
      riderDiscount: 70,
      windows: [
        { name: '午餐', start: '11:00', end: '13:00', days: [1, 2, 3, 4, 5] },
        { name: '周末早午餐', start: '10:00', end: '14:00', days: [6, 7] },
      ],
    })
  })

  test('a day off closes the day and cancels its bookings; retiring hides the canteen and keeps its history', async () => {
    ctx.setNow(sh('2026-11-23T08:00:00'))
    const { canteenId: id } = await invokeOk(canteen, 'saveCanteen', form({ name: '灵峰第二餐厅' }), as.admin)
    const booked = await invokeOk(canteen, 'book', { canteenId: id, date: '2026-11-24', start: '11:30' }, as.rider)
    expect(
      await invokeOk(canteen, 'saveClosure', { canteenId: id, date: '2026-11-24', reason: '设备检修' }, as.worker),
    ).toEqual({ cancelledBookings: 1 })
    const day = await invokeOk(canteen, 'availability', { canteenId: id, date: '2026-11-24' }, as.rider)
    expect(day.windows[0].slots[0]).toMatchObject({ state: 'closed', note: '休息：设备检修' })
    expect(
      await invoke(canteen, 'book', { canteenId: id, date: '2026-11-24', start: '12:00' }, as.rider2),
    ).toMatchObject({
      ok: false,
      message: '「灵峰第二餐厅」11月24日 周二 休息（设备检修），请选择其他日期',
    })
    const mine = await invokeOk(canteen, 'myBookings', {}, as.rider)
    expect(mine.past.concat(mine.upcoming).find((b: { id: number }) => b.id === booked.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: '设备检修',
    })
    expect(
      await invoke(canteen, 'saveClosure', { canteenId: id, date: '2026-11-20', reason: '过去' }, as.worker),
    ).toMatchObject({
      ok: false,
      message: '不能为已经过去的日期设置休息',
    })
    await invokeOk(canteen, 'removeClosure', { canteenId: id, date: '2026-11-24' }, as.worker)
    await invokeOk(canteen, 'book', { canteenId: id, date: '2026-11-25', start: '12:00' }, as.rider2)

    expect(await invokeOk(canteen, 'retireCanteen', { canteenId: id, reason: '场地收回' }, as.worker)).toEqual({
      cancelledBookings: 1,
    })
    const list = await invokeOk(canteen, 'list', {}, as.rider)
    expect(list.items.map((c: { name: string }) => c.name)).not.toContain('灵峰第二餐厅')
    expect(
      await invoke(canteen, 'book', { canteenId: id, date: '2026-11-25', start: '12:30' }, as.rider),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    // Its history stays: the canteen row, the bookings, and the keepers still see it as retired.
    const managed = await invokeOk(canteen, 'managed', {}, as.worker)
    expect(managed.items.find((c: { id: number }) => c.id === id)).toMatchObject({
      active: false,
      retiredReason: '场地收回',
      retiredAt: '2026-11-23 08:00',
    })
    expect((await invokeOk(canteen, 'myBookings', {}, as.rider2)).past.length + 0).toBeGreaterThanOrEqual(0)
    const actions = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', String(id))
      .where('subject_type', '=', 'canteen')
      .orderBy('id')
      .execute()
    expect(actions.map((a) => a.action)).toEqual([
      'canteen.create',
      'canteen.closure.save',
      'canteen.closure.remove',
      'canteen.retire',
    ])
  })
})
