import { main as activities } from '../../cloudfunctions/activities/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as stations } from '../../cloudfunctions/stations/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken } from '../helpers/grants'
import { signedInUsers } from '../helpers/people'

// What a probe of the running gateway found (issue 12), each kept as a case: ordinary bad input
// answered INTERNAL, writes naming another community's records, staff dates without bound.
const sh = (local: string) => new Date(`${local}+08:00`)
const MON = '2026-11-23'
const iso = (local: string) => sh(local).toISOString()

describeEachDatabase('hardening: what the probe found', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let admin: string
  let socialWorker: string
  let taibaiWorker: string // 太白社区's 社工 runs its canteen's counter
  let taibai: number
  let lingfengId: number
  let dagangId: number

  beforeAll(async () => {
    ctx.setNow(sh(`${MON}T12:20:00`))
    admin = await demoToken(user, 'admin')
    socialWorker = await demoToken(user, 'social_worker')
    taibaiWorker = await lastingToken(
      ctx.db,
      (
        await ctx.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'demo_shegong_taibai')
          .executeTakeFirstOrThrow()
      ).id,
    )
    const list = await invokeOk(canteen, 'list', {})
    taibai = list.items.find((c: { name: string }) => c.name === '太白社区延时餐厅').id
    const community = (code: string) =>
      ctx.db.selectFrom('communities').select('id').where('code', '=', code).executeTakeFirstOrThrow()
    lingfengId = (await community('BL-LINGFENG')).id
    dagangId = (await community('BL-DAGANG')).id
  })
  afterAll(() => ctx.setNow(null))

  describe('input PostgreSQL cannot store is refused before the database, in Chinese', () => {
    test.each([
      [activities, 'detail', { id: 2147483648 }, '「id」不能大于 2147483647'],
      [activities, 'signUp', { activityId: 2 ** 53 - 1 }, '「activityId」不能大于 2147483647'],
      [canteen, 'availability', { canteenId: 2147483648 }, '「canteenId」不能大于 2147483647'],
      [stations, 'detail', { id: 4294967296 }, '「id」不能大于 2147483647'],
      [stations, 'rate', { stationId: 2147483648, stars: 5 }, '「stationId」不能大于 2147483647'],
      [canteen, 'cancel', { bookingId: 2 ** 53 }, '「bookingId」不能大于 9007199254740991'],
    ])('an id beyond its column: %#', async (main, action, input, message) => {
      expect(await invoke(main, action, input, admin)).toEqual({ ok: false, code: 'BAD_REQUEST', message })
    })

    const nul = 'a\u0000b'
    test.each([
      [user, 'login', { username: nul, password: 'secret1' }, 'username'],
      [stations, 'nearby', { lng: 121.8, lat: 29.9, q: nul }, 'q'],
      [stations, 'report', { stationId: 1, kind: 'other', text: nul }, 'text'],
      [stations, 'rate', { stationId: 1, stars: 4, text: nul }, 'text'],
      [stations, 'detail', { code: nul }, 'code'],
      [canteen, 'redeem', { canteenId: 1, code: `ABCD${nul}` }, 'code'],
      [activities, 'checkIn', { id: 1, code: `ABCD${nul}` }, 'code'],
      [activities, 'list', { q: '\ud800' }, 'q'],
    ])('NUL or a lone surrogate in text: %#', async (main, action, input, field) => {
      expect(await invoke(main, action, input, admin)).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: `「${field}」含有无法保存的字符（如空字符 \\u0000）`,
      })
    })

    test.each(['2026-13-45', '0000-00-00', '2026-02-30', '2026-2-3'])('impossible date %s', async (from) => {
      expect(await invoke(activities, 'list', { from })).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: '「from」应为有效日期（YYYY-MM-DD）',
      })
    })

    test('dates and times outside the service era, or with an offset no clock has', async () => {
      expect(await invoke(canteen, 'close', { canteenId: taibai, date: '9999-12-30', reason: '检修' }, admin)).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: '「date」的年份应在 2000–2099 之间',
      })
      const closure = (until: string) => ({ stationId: 1, closure: { reason: '检修设备', until } })
      expect(await invoke(stations, 'setStatus', closure('0000-01-01T00:00:00Z'), admin)).toMatchObject({
        code: 'BAD_REQUEST',
        message: '「closure.until」的年份应在 2000–2099 之间',
      })
      expect(await invoke(stations, 'setStatus', closure('2026-11-23T12:00:00+99:99'), admin)).toMatchObject({
        code: 'BAD_REQUEST',
        message: '「closure.until」的时区不正确',
      })
    })
  })

  describe('writes that name another record check it is in the caller’s scope', () => {
    const draft = (extra: Record<string, unknown>) => ({
      title: '测试活动·跨社区',
      category: 'interest',
      startsAt: iso('2026-11-28T14:00:00'),
      endsAt: iso('2026-11-28T16:00:00'),
      address: '灵峰社区党群服务中心三楼',
      registrationOpensAt: iso('2026-11-23T13:00:00'),
      registrationClosesAt: iso('2026-11-28T12:00:00'),
      capacity: 5,
      ...extra,
    })

    test("a 社工 cannot publish into another community's group, and its members hear nothing", async () => {
      const group = await ctx.db
        .insertInto('activity_groups')
        .values({ community_id: dagangId, name: '大港徒步社', intro: '' })
        .returning('id')
        .executeTakeFirstOrThrow()
      const [member] = await signedInUsers(ctx.db, 1, 'worker', dagangId)
      await invokeOk(activities, 'joinGroup', { groupId: group.id }, member.token)
      const before = await ctx.db.selectFrom('activities').select('id').execute()
      expect(await invoke(activities, 'save', draft({ groupId: group.id }), socialWorker)).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: '只能发布到本社区的社群',
      })
      expect(await ctx.db.selectFrom('activities').select('id').execute()).toEqual(before)
      const told = await ctx.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', member.id)
        .where('kind', '=', 'group_new_activity')
        .execute()
      expect(told).toEqual([])
    })

    test("an activity's station is one of its own community (admins: any)", async () => {
      const other = await ctx.db
        .selectFrom('stations')
        .select('id')
        .where('community_id', '!=', lingfengId)
        .where('retired_at', 'is', null)
        .executeTakeFirstOrThrow()
      expect(await invoke(activities, 'save', draft({ stationId: other.id }), socialWorker)).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: '只能选择本社区的站点',
      })
      const own = await ctx.db
        .selectFrom('stations')
        .select('id')
        .where('community_id', '=', lingfengId)
        .where('retired_at', 'is', null)
        .executeTakeFirstOrThrow()
      expect((await invoke(activities, 'save', draft({ stationId: own.id }), socialWorker)).ok).toBe(true)
      expect((await invoke(activities, 'save', draft({ stationId: other.id }), admin)).ok).toBe(true)
    })
  })

  describe('canteen staff act within the booking window', () => {
    test('close: a day beyond the window is refused and creates no slot', async () => {
      const slots = () =>
        ctx.db.selectFrom('slots').select('id').where('kind', '=', 'canteen').where('owner_id', '=', taibai).execute()
      const before = await slots()
      for (const date of ['2026-11-27', '2099-12-30', '2026-11-20']) {
        expect(await invoke(canteen, 'close', { canteenId: taibai, date, reason: '设备检修' }, taibaiWorker)).toEqual({
          ok: false,
          code: 'BAD_REQUEST',
          message: '只能关闭预约开放的日期（今天起 3 天内）',
        })
      }
      expect(await slots()).toEqual(before)
      // The counter offers exactly the days it may close.
      expect((await invokeOk(canteen, 'counter', { canteenId: taibai }, taibaiWorker)).dates).toEqual([
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
      ])
      // The last day of the window is fine.
      expect(
        (await invoke(canteen, 'close', { canteenId: taibai, date: '2026-11-25', reason: '设备检修' }, taibaiWorker))
          .ok,
      ).toBe(true)
    })

    test('walkIn: today or last night only, and not before the slot opens', async () => {
      const walkIn = (date: string, start: string) =>
        invoke(canteen, 'walkIn', { canteenId: taibai, date, start, delta: 1 }, taibaiWorker)
      expect(await walkIn('2099-12-30', '12:00')).toMatchObject({
        code: 'BAD_REQUEST',
        message: '只能记录今天或昨天的现场用餐人数',
      })
      expect(await walkIn('2026-11-24', '12:00')).toMatchObject({ code: 'BAD_REQUEST' })
      expect(await walkIn(MON, '18:00')).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: '18:00 时段还没开始，不能记录现场用餐',
      })
      expect(await walkIn(MON, '12:00')).toEqual({ ok: true, data: { walkIns: 1 } })
      expect((await walkIn('2026-11-22', '18:00')).ok).toBe(true)
    })
  })
})
