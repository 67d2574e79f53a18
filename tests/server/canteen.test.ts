import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as stations } from '../../cloudfunctions/stations/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken } from '../helpers/grants'
import { signedInUsers } from '../helpers/people'

// Shanghai wall clock → instant. 2026-11-23 is a Monday.
const sh = (local: string) => new Date(`${local}+08:00`)
const MON = '2026-11-23'
const TUE = '2026-11-24'

describeEachDatabase('canteen', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let taibai: number
  let night: number
  let rider: string
  let worker: string
  let socialWorker: string
  let taibaiWorker: string // 太白社区's 社工 runs its canteen's counter
  let admin: string
  let lingfengId: number
  const at = (local: string) => ctx.setNow(sh(local))
  const reservations = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('reservations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('hold_key', 'like', 'canteen:%')
          .executeTakeFirstOrThrow()
      ).n,
    )
  /** What saveCanteen needs besides the service settings: the canteen as it is. */
  const basics = async (canteenId: number) => {
    const c = await ctx.db.selectFrom('canteens').selectAll().where('id', '=', canteenId).executeTakeFirstOrThrow()
    return { canteenId, name: c.name, communityId: c.community_id, address: c.address }
  }
  const menuOf = async (canteenId: number) =>
    (await invokeOk(canteen, 'availability', { canteenId }, rider)).canteen.menu as { id: number; name: string }[]

  beforeAll(async () => {
    at(`${MON}T08:00:00`)
    rider = await demoToken(user, 'rider')
    worker = await demoToken(user, 'worker')
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
    admin = await demoToken(user, 'admin')
    const list = await invokeOk(canteen, 'list', {})
    taibai = list.items.find((c: { name: string }) => c.name === '太白社区延时餐厅').id
    night = list.items.find((c: { name: string }) => c.name === '灵峰红领驿站夜宵食堂（示例）').id
    lingfengId = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirstOrThrow()
    ).id
  })
  beforeEach(async () => {
    at(`${MON}T08:00:00`)
    await ctx.db.deleteFrom('notifications').execute()
    // Canteen slots only: the demo activities have theirs.
    const canteenSlots = (eb: any) => eb.selectFrom('slots').select('id').where('kind', '=', 'canteen')
    await ctx.db.deleteFrom('reservations').where('slot_id', 'in', canteenSlots).execute()
    await ctx.db.deleteFrom('slots').where('kind', '=', 'canteen').execute()
  })
  afterAll(() => ctx.setNow(null))

  test('a day shows its windows and slots with seats; three days can be booked', async () => {
    const day = await invokeOk(canteen, 'availability', { canteenId: taibai }, rider)
    expect(day.dates.map((d: { label: string }) => d.label)).toEqual(['今天 周一', '明天 周二', '后天 周三'])
    expect(day.windows.map((w: { name: string }) => w.name)).toEqual(['午餐', '晚餐（示例）'])
    expect(day.windows[0].slots.map((s: { start: string }) => s.start)).toEqual([
      '11:00',
      '11:30',
      '12:00',
      '12:30',
      '13:00',
      '13:30',
    ])
    expect(day.windows[0].slots[0]).toMatchObject({ seatsLeft: 20, state: 'open' })
    expect(day.canteen.riderDiscount).toBe('6.8折')
    const bad = await invoke(canteen, 'availability', { canteenId: taibai, date: '2026-11-27' }, rider)
    expect(bad).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: '只能查看和预约今天起 3 天内的餐位' })
  })

  test('the canteen is found from its station on the map', async () => {
    expect((await invokeOk(stations, 'detail', { code: 'DQ-01' })).canteenId).toBe(taibai)
    expect((await invokeOk(stations, 'detail', { code: 'DQ-00' })).canteenId).toBeNull()
  })

  test('book with dishes at the server price; verified riders pay the rider price', async () => {
    const [pork, , , , soup] = await menuOf(taibai)
    const items = [
      { itemId: pork.id, qty: 1 },
      { itemId: soup.id, qty: 2 },
    ]
    const b = await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '12:00', items }, worker)
    expect(b).toMatchObject({
      status: 'confirmed',
      windowName: '午餐',
      start: '12:00',
      end: '12:30',
      totalCents: 1500 + 600,
      riderPrice: false,
      cancellable: true,
      cancelBefore: `${MON} 11:30`,
    })
    expect(b.code).toMatch(/^[2-9A-Z]{8}$/)
    expect(b.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    // The rider is not verified yet: full price. Verify, then the rider price (6.8折, to the fen).
    const before = await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '12:00', items }, rider)
    expect(before.totalCents).toBe(2100)
    await invokeOk(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT20261123' }, rider)
    // The social worker's review queue (user.reviewQueue) holds the verification, masked.
    const queue = (await invokeOk(user, 'reviewQueue', {}, socialWorker)).items.filter(
      (i: { kind: string }) => i.kind === 'rider',
    )
    expect(queue[0]).toMatchObject({
      facts: [
        { label: '配送平台', value: '美团' },
        { label: '骑手编号', value: '******1123' },
      ],
    })
    expect(queue[0].phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
    await invokeOk(canteen, 'reviewRider', { verificationId: queue[0].id, approve: true }, socialWorker)
    const dinner = await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '17:30', items }, rider)
    expect(dinner.totalCents).toBe(1020 + 2 * 204)
    expect(dinner.riderPrice).toBe(true)
    const box = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'due_at', 'subject'])
      .where('kind', 'in', ['canteen_booked', 'canteen_reminder', 'rider_verification'])
      .orderBy('id')
      .execute()
    expect(box.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['canteen_booked', 'canteen_reminder', 'rider_verification']),
    )
    const reminder = box.find((n) => n.kind === 'canteen_reminder')!
    expect(new Date(reminder.due_at).getTime()).toBe(sh(`${MON}T11:30:00`).getTime())
  })

  test('bad input is refused in Chinese and writes nothing', async () => {
    const menu = await menuOf(taibai)
    const otherMenu = await menuOf(night)
    const cases: [unknown, string][] = [
      [{ canteenId: taibai, date: '2026-11-22', start: '12:00' }, '这个时段已经过去'],
      [{ canteenId: taibai, date: '2026-11-30', start: '12:00' }, '只能预约今天起 3 天内的餐位'],
      [{ canteenId: taibai, date: MON, start: '15:00' }, '不在「太白社区延时餐厅」的供餐时段内'],
      [{ canteenId: taibai, date: MON, start: '12:00', items: [{ itemId: menu[0].id, qty: 0 }] }, '份数至少为 1'],
      [
        { canteenId: taibai, date: MON, start: '12:00', items: [{ itemId: menu[0].id, qty: 99 }] },
        '每样菜最多预订 5 份',
      ],
      [{ canteenId: taibai, date: MON, start: '12:00', items: [{ itemId: menu[0].id, qty: -1 }] }, '份数至少为 1'],
      [
        { canteenId: taibai, date: MON, start: '12:00', items: [{ itemId: otherMenu[0].id, qty: 1 }] },
        '所选菜品不在本餐厅菜单上',
      ],
      [{ canteenId: taibai, date: MON, start: '12:00', items: [{ itemId: menu[0].id, qty: 1, priceCents: 1 }] }, ''],
      [{ canteenId: taibai, date: MON, start: '12:00', totalCents: 1 }, ''],
      [{ canteenId: taibai, date: 'tomorrow', start: '12:00' }, '「date」应为有效日期（YYYY-MM-DD）'],
    ]
    for (const [input, message] of cases) {
      const r = await invoke(canteen, 'book', input, worker)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.code).toBe('BAD_REQUEST')
        expect(r.message).toContain(message)
        expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
    expect(await reservations()).toBe(0)
    expect(await ctx.db.selectFrom('slots').selectAll().where('kind', '=', 'canteen').execute()).toHaveLength(0)
  })

  test('booking closes at the cutoff; cancelling closes at the cutoff too and gives the seat back', async () => {
    at(`${MON}T10:29:00`)
    const b = await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '11:00' }, worker)
    at(`${MON}T10:31:00`)
    const late = await invoke(canteen, 'book', { canteenId: taibai, date: MON, start: '11:00' }, rider)
    expect(late).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    expect(late.ok || late.message).toContain('已过预约截止时间（开餐前 30 分钟截止）')
    const noCancel = await invoke(canteen, 'cancel', { bookingId: b.id }, worker)
    expect(noCancel.ok || noCancel.message).toContain('已过取消截止时间')

    const later = await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '17:00' }, worker)
    const other = await invoke(canteen, 'cancel', { bookingId: later.id }, rider)
    expect(other).toMatchObject({ ok: false, code: 'NOT_FOUND' }) // someone else's booking
    const cancelled = await invokeOk(canteen, 'cancel', { bookingId: later.id, reason: '临时加班' }, worker)
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '临时加班', cancellable: false })
    const day = await invokeOk(canteen, 'availability', { canteenId: taibai }, worker)
    expect(day.windows[1].slots[0].seatsLeft).toBe(20)
    // The reminder of the cancelled booking is dropped.
    const reminders = await ctx.db
      .selectFrom('notifications')
      .select(['status'])
      .where('subject', '=', `reservation:${later.id}`)
      .execute()
    expect(reminders.map((r) => r.status)).toEqual(['dropped'])
  })

  test('one active booking per canteen per service window', async () => {
    await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '11:30' }, worker)
    const again = await invoke(canteen, 'book', { canteenId: taibai, date: MON, start: '13:00' }, worker)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(again.ok || again.message).toContain('同一餐段只能预约一次')
    await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '18:00' }, worker) // dinner is another window
    await invokeOk(canteen, 'book', { canteenId: taibai, date: TUE, start: '11:30' }, worker) // another day
    expect(await reservations()).toBe(3)
  })

  test('a window past midnight belongs to the day it starts; cutoffs cross midnight', async () => {
    at(`${MON}T23:50:00`)
    const late = await invokeOk(canteen, 'book', { canteenId: night, date: MON, start: '00:30' }, worker)
    expect(new Date(late.startsAt).getTime()).toBe(sh(`${TUE}T00:30:00`).getTime())
    expect(late).toMatchObject({
      windowName: '夜宵',
      date: MON,
      start: '00:30',
      end: '01:00',
      cancelBefore: `${TUE} 00:00`,
    })
    // 00:00 on Tuesday closes booking for Monday's 00:30 slot, but not for Tuesday night's.
    at(`${TUE}T00:10:00`)
    const closed = await invoke(canteen, 'book', { canteenId: night, date: MON, start: '00:30' }, rider)
    expect(closed.ok || closed.message).toContain('已过预约截止时间')
    const tonight = await invokeOk(canteen, 'book', { canteenId: night, date: TUE, start: '00:30' }, rider)
    expect(new Date(tonight.startsAt).getTime()).toBe(sh('2026-11-25T00:30:00').getTime())
    // Last night's window is still running at 00:10, so it is listed first; all its slots are past the cutoff.
    const day = await invokeOk(canteen, 'availability', { canteenId: night }, rider)
    expect(day.dates.map((d: { label: string }) => d.label)).toEqual([
      '昨晚（跨夜） 周一',
      '今天 周二',
      '明天 周三',
      '后天 周四',
    ])
    expect(day.date).toBe(MON)
    expect(day.windows[0].slots.map((s: { start: string; state: string }) => `${s.start}:${s.state}`)).toEqual([
      '21:00:past_cutoff',
      '21:30:past_cutoff',
      '22:00:past_cutoff',
      '22:30:past_cutoff',
      '23:00:past_cutoff',
      '23:30:past_cutoff',
      '00:00:past_cutoff',
      '00:30:past_cutoff',
    ])
  })

  test('a full slot says so and offers the nearest slot with seats', async () => {
    await invokeOk(
      canteen,
      'saveCanteen',
      {
        ...(await basics(taibai)),
        windows: [
          { name: '午餐', start: '11:00', end: '14:00' },
          { name: '晚餐（示例）', start: '17:00', end: '20:00' },
        ],
        slotMinutes: 30,
        seatsPerSlot: 2,
        bookingDays: 3,
        cutoffMinutes: 30,
        riderDiscount: 68,
        noShowLimit: 3,
      },
      admin,
    )
    try {
      const people = await signedInUsers(ctx.db, 3)
      for (const p of people.slice(0, 2))
        await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '12:00' }, p.token)
      const full = await invoke(canteen, 'book', { canteenId: taibai, date: MON, start: '12:00' }, people[2].token)
      expect(full).toMatchObject({
        ok: false,
        code: 'FULL',
        message: '12:00 已满，最近有空位的时段是 11:30（剩 2 座）',
      })
      const day = await invokeOk(canteen, 'availability', { canteenId: taibai }, rider)
      expect(day.windows[0].slots[2]).toMatchObject({ start: '12:00', state: 'full', seatsLeft: 0 })
    } finally {
      await invokeOk(
        canteen,
        'saveCanteen',
        {
          ...(await basics(taibai)),
          windows: [
            { name: '午餐', start: '11:00', end: '14:00' },
            { name: '晚餐（示例）', start: '17:00', end: '20:00' },
          ],
          slotMinutes: 30,
          seatsPerSlot: 20,
          bookingDays: 3,
          cutoffMinutes: 30,
          riderDiscount: 68,
          noShowLimit: 3,
        },
        admin,
      )
    }
    const overlap = await invoke(
      canteen,
      'saveCanteen',
      {
        ...(await basics(taibai)),
        windows: [
          { name: '午餐', start: '11:00', end: '14:00' },
          { name: '下午茶', start: '13:00', end: '15:00' },
        ],
        slotMinutes: 30,
        seatsPerSlot: 20,
        bookingDays: 3,
        cutoffMinutes: 30,
        riderDiscount: 68,
        noShowLimit: 3,
      },
      admin,
    )
    expect(overlap).toMatchObject({
      ok: false,
      message: '供餐时段不能重叠：周一「午餐」与周一「下午茶」时间重叠',
    })
    expect((await invoke(canteen, 'saveCanteen', await basics(taibai), socialWorker)).ok).toBe(false)
    expect(await invokeOk(canteen, 'settings', { canteenId: taibai }, admin)).toMatchObject({
      seatsPerSlot: 20,
      slotMinutes: 30,
      riderDiscount: 68,
      windows: [
        { name: '午餐', start: '11:00', end: '14:00' },
        { name: '晚餐（示例）', start: '17:00', end: '20:00' },
      ],
    })
    expect(await invoke(canteen, 'settings', { canteenId: taibai }, socialWorker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  test('concurrent requests never overbook, and one user gets one booking', async () => {
    const slot = await ctx.db
      .insertInto('slots')
      .values({
        kind: 'canteen',
        owner_id: taibai,
        starts_at: sh(`${MON}T12:30:00`),
        ends_at: sh(`${MON}T13:00:00`),
        capacity: 10,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const people = await signedInUsers(ctx.db, 60)
    const answers = await Promise.all(
      people.map((p) => invoke(canteen, 'book', { canteenId: taibai, date: MON, start: '12:30' }, p.token)),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(10)
    expect(answers.filter((a) => !a.ok && a.code === 'FULL')).toHaveLength(50)
    const taken = await ctx.db.selectFrom('slots').select('taken').where('id', '=', slot.id).executeTakeFirstOrThrow()
    expect(taken.taken).toBe(10)

    const [one] = await signedInUsers(ctx.db, 1)
    const same = await Promise.all(
      Array.from({ length: 20 }, () =>
        invoke(canteen, 'book', { canteenId: taibai, date: MON, start: '13:00' }, one.token),
      ),
    )
    expect(same.filter((a) => a.ok)).toHaveLength(1)
    expect(same.filter((a) => !a.ok && a.code === 'CONFLICT')).toHaveLength(19)
    const mine = await ctx.db.selectFrom('reservations').select('id').where('user_id', '=', one.id).execute()
    expect(mine).toHaveLength(1)
    const seats = await ctx.db
      .selectFrom('slots')
      .select('taken')
      .where('starts_at', '=', sh(`${MON}T13:00:00`))
      .executeTakeFirstOrThrow()
    expect(seats.taken).toBe(1)
  })

  test('the counter redeems a code once; other canteens and non-staff are refused', async () => {
    const b = await invokeOk(canteen, 'book', { canteenId: taibai, date: MON, start: '12:00' }, worker)
    const n = await invokeOk(canteen, 'book', { canteenId: night, date: MON, start: '21:00' }, worker)
    for (const token of [rider, worker]) {
      expect(await invoke(canteen, 'redeem', { canteenId: taibai, code: b.code }, token)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
      expect(await invoke(canteen, 'counter', { canteenId: taibai }, token)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
    // A social worker of another community is not staff of 太白 unless listed.
    const [outsider] = await signedInUsers(ctx.db, 1, 'social_worker', lingfengId)
    expect(await invoke(canteen, 'redeem', { canteenId: taibai, code: b.code }, outsider.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })

    at(`${MON}T09:00:00`)
    const early = await invoke(canteen, 'redeem', { canteenId: taibai, code: b.code }, taibaiWorker)
    expect(early.ok || early.message).toContain('请在该时段内核销')
    at(`${MON}T12:05:00`)
    const wrongPlace = await invoke(canteen, 'redeem', { canteenId: taibai, code: n.code }, taibaiWorker)
    expect(wrongPlace).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '这不是本餐厅的预约码' })
    const used = await invokeOk(canteen, 'redeem', { canteenId: taibai, code: b.code.toLowerCase() }, taibaiWorker)
    expect(used.booking).toMatchObject({ status: 'redeemed', code: b.code, redeemedAt: `${MON} 12:05` })
    expect(used.booking.name).toMatch(/^李\*+$/)
    at(`${MON}T12:20:00`)
    const again = await invoke(
      canteen,
      'redeem',
      { canteenId: taibai, code: `lianshe://booking/${b.code}` },
      taibaiWorker,
    )
    expect(again).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '该预约码已于 11月23日 周一 12:05 由 社工 太白 林悦 核销，不能重复核销',
    })
    const day = await invokeOk(canteen, 'counter', { canteenId: taibai }, taibaiWorker)
    const noon = day.slots.find((s: { start: string }) => s.start === '12:00')
    expect(noon).toMatchObject({ booked: 1, redeemed: 1 })
    expect(noon.bookings[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(
      await invokeOk(canteen, 'walkIn', { canteenId: taibai, date: MON, start: '12:00', delta: 3 }, taibaiWorker),
    ).toEqual({ walkIns: 3 })
    expect(
      await invokeOk(canteen, 'walkIn', { canteenId: taibai, date: MON, start: '12:00', delta: -5 }, taibaiWorker),
    ).toEqual({ walkIns: 0 })
  })

  test('closing a day cancels its bookings and tells their holders', async () => {
    const a = await invokeOk(canteen, 'book', { canteenId: taibai, date: TUE, start: '12:00' }, worker)
    const c = await invokeOk(canteen, 'book', { canteenId: taibai, date: TUE, start: '18:00' }, rider)
    expect(await invoke(canteen, 'close', { canteenId: taibai, date: TUE, reason: '设备检修' }, rider)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await invokeOk(canteen, 'close', { canteenId: taibai, date: TUE, reason: '设备检修' }, taibaiWorker),
    ).toEqual({ closedSlots: 12, cancelledBookings: 2 })
    const mine = await invokeOk(canteen, 'myBookings', {}, worker)
    expect(mine.past.find((b: { id: number }) => b.id === a.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: '设备检修',
    })
    const sent = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'status', 'subject', 'data'])
      .orderBy('id')
      .execute()
    expect(sent.filter((n) => n.kind === 'canteen_cancelled')).toHaveLength(2)
    expect(sent.filter((n) => n.kind === 'canteen_reminder').map((n) => n.status)).toEqual(['dropped', 'dropped'])
    const day = await invokeOk(canteen, 'availability', { canteenId: taibai, date: TUE }, rider)
    expect(day.windows[0].slots[0]).toMatchObject({ state: 'closed', note: '设备检修' })
    const refused = await invoke(canteen, 'book', { canteenId: taibai, date: TUE, start: '12:00' }, rider)
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', message: '这个时段暂停供餐，请选择其他时段' })
    expect(c.id).toBeGreaterThan(0)
  })

  test('no-shows: three unused bookings in 30 days suspend advance booking for 7 days', async () => {
    const [p] = await signedInUsers(ctx.db, 1)
    for (const d of ['2026-11-23', '2026-11-24', '2026-11-25']) {
      at(`${d}T08:00:00`)
      await invokeOk(canteen, 'book', { canteenId: taibai, date: d, start: '12:00' }, p.token)
    }
    at('2026-11-25T13:00:00')
    const tick = await canteen(
      { Type: 'Timer', TriggerName: 'markNoShows', Time: '2026-11-25T05:00:00.000Z' },
      { lianshe: { runtime: ctx.runtime, trigger: true } },
    )
    expect(tick).toMatchObject({ ok: true, data: { ran: true, result: { marked: 3 } } })
    const refused = await invoke(canteen, 'book', { canteenId: taibai, date: '2026-11-26', start: '12:00' }, p.token)
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(refused.ok || refused.message).toBe(
      '30 天内有 3 次预约未到店，提前预约暂停至 12月2日 周三 12:30；到店现场用餐不受影响',
    )
    const day = await invokeOk(canteen, 'availability', { canteenId: taibai }, p.token)
    expect(day.suspendedUntil).toBe('2026-12-02 12:30')
    expect(await reservations()).toBe(3)
    // Two no-shows are not enough (another person).
    const [q] = await signedInUsers(ctx.db, 1)
    at(`${TUE}T08:00:00`)
    await invokeOk(canteen, 'book', { canteenId: taibai, date: TUE, start: '12:00' }, q.token)
    at('2026-11-25T08:00:00')
    await invokeOk(canteen, 'book', { canteenId: taibai, date: '2026-11-25', start: '12:00' }, q.token)
    at('2026-11-26T08:00:00')
    await invokeOk(canteen, 'book', { canteenId: taibai, date: '2026-11-26', start: '12:00' }, q.token)
  })

  test('rider verification: one pending request, rejection needs a reason, staff of the community only', async () => {
    const [r] = await signedInUsers(ctx.db, 1, 'rider', lingfengId)
    expect(await invoke(canteen, 'applyRider', { platform: 'eleme', riderNo: 'x' }, r.token)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    expect(
      await invoke(
        canteen,
        'applyRider',
        { platform: 'eleme', riderNo: 'EL88990011', photo: 'https://example.com/x.jpg' },
        r.token,
      ),
    ).toMatchObject({ ok: false, message: '照片格式不正确' })
    const photo = 'data:image/jpeg;base64,/9j/4AAQSkZJRg=='
    await invokeOk(canteen, 'applyRider', { platform: 'eleme', riderNo: 'EL88990011', photo }, r.token)
    expect(await invoke(canteen, 'applyRider', { platform: 'eleme', riderNo: 'EL88990011' }, r.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect(await invoke(canteen, 'applyRider', { platform: 'eleme', riderNo: 'EL88990011' }, worker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const { items } = await invokeOk(user, 'reviewQueue', {}, socialWorker)
    const mine = items.find(
      (i: { kind: string; facts: { value: string }[] }) => i.kind === 'rider' && i.facts[1].value.endsWith('0011'),
    )
    expect(mine.photo).toBe(photo)
    expect(
      await invoke(canteen, 'reviewRider', { verificationId: mine.id, approve: false }, socialWorker),
    ).toMatchObject({ ok: false, message: '驳回时请填写原因，骑手会看到' })
    expect(await invoke(canteen, 'reviewRider', { verificationId: mine.id, approve: true }, rider)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    await invokeOk(
      canteen,
      'reviewRider',
      { verificationId: mine.id, approve: false, reason: '编号与平台不符' },
      socialWorker,
    )
    const status = await invokeOk(canteen, 'riderStatus', {}, r.token)
    // Reviewed: the photo (a personal ID) is deleted.
    expect(status).toMatchObject({
      verified: false,
      latest: { status: 'rejected', reason: '编号与平台不符', photo: null },
    })
  })
})
