import { main as activities } from '../../cloudfunctions/activities/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')
const iso = (local: string) => sh(local).toISOString()

describeEachDatabase('activities', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let organizer: string
  let admin: string
  let worker: string
  let lingfengId: number

  const create = async (extra: Record<string, unknown> = {}) =>
    (
      await invokeOk(
        activities,
        'save',
        {
          title: '测试活动·读书会',
          category: 'interest',
          startsAt: iso('2026-11-28T14:00:00'),
          endsAt: iso('2026-11-28T16:00:00'),
          address: '灵峰社区党群服务中心三楼',
          registrationOpensAt: iso('2026-11-23T00:00:00'),
          registrationClosesAt: iso('2026-11-28T12:00:00'),
          capacity: 2,
          ...extra,
        },
        organizer,
      )
    ).id as number
  const signUp = (activityId: number, token: string, extra: Record<string, unknown> = {}) =>
    invoke(activities, 'signUp', { activityId, ...extra }, token)
  const notes = (kind: string) =>
    ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'status', 'data', 'due_at', 'subject'])
      .where('kind', '=', kind)
      .orderBy('id')
      .execute()

  beforeAll(async () => {
    ctx.setNow(NOW)
    organizer = await demoToken(user, 'social_worker')
    admin = await demoToken(user, 'admin')
    worker = await demoToken(user, 'worker')
    lingfengId = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirstOrThrow()
    ).id
  })
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('full → waitlist with positions; a cancellation promotes the first in line and tells them', async () => {
    const id = await create()
    const people = await signedInUsers(ctx.db, 4, 'worker', lingfengId)
    const answers = []
    for (const p of people) answers.push(await signUp(id, p.token))
    expect(answers.map((a) => (a.ok ? `${a.data.status}:${a.data.position ?? ''}` : a.code))).toEqual([
      'confirmed:',
      'confirmed:',
      'waitlisted:1',
      'waitlisted:2',
    ])
    const d = await invokeOk(activities, 'detail', { id }, people[3].token)
    expect(d).toMatchObject({ seatsLeft: 0, waitlisted: 2, mine: { status: 'waitlisted', position: 2 } })

    await invokeOk(activities, 'cancel', { activityId: id, reason: '加班' }, people[0].token)
    const promoted = await invokeOk(activities, 'detail', { id }, people[2].token)
    expect(promoted.mine).toMatchObject({ status: 'confirmed', position: null })
    expect((await invokeOk(activities, 'detail', { id }, people[3].token)).mine.position).toBe(1)
    const told = await notes('activity_promoted')
    expect(told.map((n) => n.user_id)).toEqual([people[2].id])
    // A waitlisted person leaving frees no seat and promotes nobody.
    await invokeOk(activities, 'cancel', { activityId: id }, people[3].token)
    expect((await notes('activity_promoted')).length).toBe(1)
    const again = await signUp(id, people[0].token)
    expect(again.ok && again.data).toMatchObject({ status: 'waitlisted', position: 1 })
  })

  test('promotion with a confirmation window: confirm in time, or the seat passes on', async () => {
    const id = await create({ confirmHours: 2 })
    const [a, b, c, d] = await signedInUsers(ctx.db, 4, 'worker', lingfengId)
    for (const p of [a, b, c, d]) await signUp(id, p.token)
    await invokeOk(activities, 'cancel', { activityId: id }, a.token)
    expect((await invokeOk(activities, 'detail', { id }, c.token)).mine).toMatchObject({
      status: 'offered',
      offerExpiresAt: '2026-11-23 12:00',
    })
    expect((await invokeOk(activities, 'confirmOffer', { activityId: id }, c.token)).status).toBe('confirmed')

    await invokeOk(activities, 'cancel', { activityId: id }, b.token)
    expect((await invokeOk(activities, 'detail', { id }, d.token)).mine.status).toBe('offered')
    ctx.setNow(sh('2026-11-23T12:01:00'))
    const tick = await activities(
      { Type: 'Timer', TriggerName: 'expireOffers', Time: '2026-11-23T04:01:00.000Z' },
      { lianshe: { runtime: ctx.runtime, trigger: true } },
    )
    expect(tick).toMatchObject({ ok: true, data: { result: { expired: 1 } } })
    const late = await invoke(activities, 'confirmOffer', { activityId: id }, d.token)
    expect(late).toMatchObject({ ok: false, code: 'CONFLICT', message: '没有待确认的名额' })
    expect((await invokeOk(activities, 'detail', { id }, d.token)).mine).toMatchObject({
      status: 'cancelled',
      cancelReason: '未在时限内确认，名额已顺延',
    })
  })

  test('approval: pending holds a seat; rejection needs a reason and passes the seat on', async () => {
    const id = await create({ approvalRequired: true, capacity: 1 })
    const [a, b] = await signedInUsers(ctx.db, 2, 'worker', lingfengId)
    expect((await invokeOk(activities, 'signUp', { activityId: id }, a.token)).status).toBe('pending')
    expect((await invokeOk(activities, 'signUp', { activityId: id }, b.token)).status).toBe('waitlisted')
    const { rows } = await invokeOk(activities, 'roster', { id }, organizer)
    const pending = rows.find((r: { status: string }) => r.status === 'pending')
    expect(
      await invoke(activities, 'review', { registrationId: pending.registrationId, approve: false }, organizer),
    ).toMatchObject({ ok: false, message: '不通过时请填写原因，报名人会看到' })
    expect(
      await invoke(activities, 'review', { registrationId: pending.registrationId, approve: true }, worker),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await invokeOk(
      activities,
      'review',
      { registrationId: pending.registrationId, approve: false, reason: '名额优先给本社区企业' },
      organizer,
    )
    expect((await invokeOk(activities, 'detail', { id }, a.token)).mine).toMatchObject({
      status: 'cancelled',
      cancelReason: '审核未通过：名额优先给本社区企业',
    })
    const next = (await invokeOk(activities, 'detail', { id }, b.token)).mine
    expect(next.status).toBe('pending')
    await invokeOk(activities, 'review', { registrationId: next.id, approve: true }, organizer)
    expect((await invokeOk(activities, 'detail', { id }, b.token)).mine.status).toBe('confirmed')
    expect((await notes('activity_reviewed')).map((n) => (n.data as { approved: boolean }).approved)).toEqual([
      false,
      true,
    ])
  })

  test('reschedule tells everyone, drops reminders for the old time and makes new ones', async () => {
    const id = await create({ capacity: 1 })
    const [a, b] = await signedInUsers(ctx.db, 2, 'worker', lingfengId)
    await signUp(id, a.token)
    await signUp(id, b.token)
    const before = (await notes('activity_reminder')).filter((n) => n.user_id === a.id)
    expect(before.map((n) => new Date(n.due_at).toISOString())).toEqual([
      iso('2026-11-27T14:00:00'),
      iso('2026-11-28T13:00:00'),
    ])
    expect(
      await invokeOk(
        activities,
        'reschedule',
        { id, startsAt: iso('2026-11-29T09:00:00'), endsAt: iso('2026-11-29T11:00:00'), reason: '场地检修' },
        organizer,
      ),
    ).toEqual({ notified: 2, remindersDropped: 2 })
    const after = (await notes('activity_reminder')).filter((n) => n.user_id === a.id)
    expect(after.map((n) => `${n.status}@${new Date(n.due_at).toISOString()}`)).toEqual([
      `dropped@${iso('2026-11-27T14:00:00')}`,
      `dropped@${iso('2026-11-28T13:00:00')}`,
      `pending@${iso('2026-11-28T09:00:00')}`,
      `pending@${iso('2026-11-29T08:00:00')}`,
    ])
    const changed = await notes('activity_changed')
    expect(changed.map((n) => n.user_id).sort()).toEqual([a.id, b.id].sort())
    expect((changed[0].data as { detail: string }).detail).toBe('改到 11月29日 周日 09:00（场地检修）')
    expect(
      await invoke(
        activities,
        'reschedule',
        { id, startsAt: iso('2026-11-29T09:00:00'), endsAt: iso('2026-11-29T11:00:00'), reason: '场地检修' },
        worker,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test('check-in with the code works once; the second time says when', async () => {
    const id = await create()
    const [a] = await signedInUsers(ctx.db, 1, 'worker', lingfengId)
    const reg = await invokeOk(activities, 'signUp', { activityId: id }, a.token)
    expect(reg.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    ctx.setNow(sh('2026-11-28T13:50:00'))
    expect(await invoke(activities, 'checkIn', { id, code: reg.code }, worker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const first = await invokeOk(activities, 'checkIn', { id, code: `lianshe://registration/${reg.code}` }, organizer)
    expect(first).toMatchObject({ seats: 1, checkedInAt: '2026-11-28 13:50' })
    ctx.setNow(sh('2026-11-28T14:05:00'))
    expect(await invoke(activities, 'checkIn', { id, code: reg.code }, organizer)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '该预约码已于 11月28日 周六 13:50 由 社工 刘敏 签到，不能重复签到',
    })
    expect((await invokeOk(activities, 'detail', { id }, a.token)).checkedIn).toBe(1)
  })

  test('eligibility and answers: refusals in Chinese, nothing written', async () => {
    const youth = await create({
      audience: 'youth',
      questions: [{ id: 'level', label: '剪辑基础', required: true, options: ['零基础', '会一点'] }],
    })
    const family = await create({ audience: 'families', maxChildren: 2, capacity: 5 })
    const later = await create({ registrationOpensAt: iso('2026-11-25T00:00:00') })
    const [p] = await signedInUsers(ctx.db, 1, 'worker', lingfengId)
    const cases: [number, Record<string, unknown>, string][] = [
      [youth, { answers: { level: '零基础' } }, '青年活动限 35 岁及以下，请填写出生年份'],
      [youth, { answers: { level: '零基础' }, birthYear: 1980 }, '这个活动面向 35 岁及以下的青年'],
      [youth, { birthYear: 2000 }, '请回答「剪辑基础」'],
      [youth, { birthYear: 2000, answers: { level: '精通' } }, '「剪辑基础」请从选项中选择：零基础、会一点'],
      [youth, { birthYear: 2000, answers: { level: '零基础', extra: 'x' } }, '报名信息包含未知的问题'],
      [family, {}, '亲子活动请填写孩子人数（至少 1 人）'],
      [family, { children: 3 }, '每个报名最多带 2 个孩子'],
      [family, { children: -1 }, '孩子人数不能为负数'],
      [later, {}, '报名将于 11月25日 周三 00:00 开始'],
    ]
    for (const [id, extra, message] of cases)
      expect(await signUp(id, p.token, extra)).toMatchObject({ ok: false, message })
    expect(await ctx.db.selectFrom('reservations').select('id').where('user_id', '=', p.id).execute()).toHaveLength(0)
    const kid = await invokeOk(activities, 'signUp', { activityId: family, children: 2 }, p.token)
    expect(kid.seats).toBe(3)
    expect((await invokeOk(activities, 'detail', { id: family }, p.token)).seatsLeft).toBe(2)
    expect(
      (
        await invokeOk(
          activities,
          'signUp',
          { activityId: youth, birthYear: 2000, answers: { level: '会一点' } },
          p.token,
        )
      ).status,
    ).toBe('confirmed')
    const closed = await create()
    await invokeOk(activities, 'cancelActivity', { id: closed, reason: '天气原因' }, organizer)
    expect(await signUp(closed, p.token)).toMatchObject({ ok: false, message: '活动已取消：天气原因' })
  })

  test('capacity below registrations: refuse with the count, or move the latest to the front of the waitlist', async () => {
    const id = await create({ capacity: 3 })
    const people = await signedInUsers(ctx.db, 4, 'worker', lingfengId)
    for (const p of people) await signUp(id, p.token)
    const base = await invokeOk(activities, 'detail', { id }, organizer)
    const edit = {
      id,
      title: base.title,
      category: 'interest',
      startsAt: base.startsAt,
      endsAt: base.endsAt,
      address: base.address,
      registrationOpensAt: base.registrationOpensAt,
      registrationClosesAt: base.registrationClosesAt,
      capacity: 1,
    }
    expect(await invoke(activities, 'save', edit, organizer)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '已有 3 个名额被占用，改为 1 会影响最近报名的 2 人；可选择将他们移入候补',
    })
    expect((await invokeOk(activities, 'detail', { id }, organizer)).seatsLeft).toBe(0)
    expect(await invokeOk(activities, 'save', { ...edit, overflow: 'waitlist' }, organizer)).toMatchObject({
      moved: 2,
      promoted: 0,
    })
    const { rows } = await invokeOk(activities, 'roster', { id }, organizer)
    expect(rows.map((r: { status: string; position: number | null }) => `${r.status}:${r.position ?? ''}`)).toEqual([
      'confirmed:',
      'waitlisted:1',
      'waitlisted:2',
      'waitlisted:3',
    ])
    const order = rows.map((r: { registrationId: number }) => r.registrationId)
    expect(order.slice(1)).toEqual([...order.slice(1, 3)].sort((x: number, y: number) => x - y).concat(order[3]))
    // Raising it again promotes them back, in line.
    expect(await invokeOk(activities, 'save', { ...edit, capacity: 3 }, organizer)).toMatchObject({
      moved: 0,
      promoted: 2,
    })
  })

  test('concurrent sign-ups fill the seats exactly and number the waitlist without gaps; cancellations promote in order', async () => {
    const id = await create({ capacity: 10 })
    const people = await signedInUsers(ctx.db, 60, 'worker', lingfengId)
    const answers = await Promise.all(people.map((p) => signUp(id, p.token)))
    const ok = answers.filter((a) => a.ok).map((a) => (a.ok ? a.data : null)!)
    expect(ok.filter((r) => r.status === 'confirmed')).toHaveLength(10)
    const waiting = await ctx.db
      .selectFrom('reservations')
      .select(['id', 'user_id', 'waitlist_pos'])
      .where('status', '=', 'waitlisted')
      .where('hold_key', '=', `activity:${id}`)
      .orderBy('id')
      .execute()
    expect(waiting.map((w) => w.waitlist_pos)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    const confirmed = await ctx.db
      .selectFrom('reservations')
      .select('user_id')
      .where('status', '=', 'confirmed')
      .where('hold_key', '=', `activity:${id}`)
      .execute()
    const byUser = new Map(people.map((p) => [p.id, p.token]))
    await Promise.all(
      confirmed.slice(0, 5).map((c) => invokeOk(activities, 'cancel', { activityId: id }, byUser.get(c.user_id))),
    )
    const promoted = await ctx.db
      .selectFrom('reservations')
      .select(['user_id'])
      .where('status', '=', 'confirmed')
      .where('hold_key', '=', `activity:${id}`)
      .where('waitlist_pos', 'is not', null)
      .orderBy('waitlist_pos')
      .execute()
    expect(promoted.map((p) => p.user_id)).toEqual(waiting.slice(0, 5).map((w) => w.user_id))
  })

  test('occupancy alerts at 50/80/100%, roster export masks phones unless admin, groups hear of new activities', async () => {
    const [member] = await signedInUsers(ctx.db, 1, 'worker', lingfengId)
    const { items } = await invokeOk(activities, 'groups', {}, member.token)
    const hiking = items.find((g: { name: string }) => g.name === '徒步社（示例）') // 灵峰's; 澄潭 has 徒步社
    await invokeOk(activities, 'joinGroup', { groupId: hiking.id }, member.token)
    const id = await create({ capacity: 5, groupId: hiking.id, title: '测试活动·夜爬' })
    expect((await notes('group_new_activity')).map((n) => n.user_id)).toEqual([member.id])

    const people = await signedInUsers(ctx.db, 5, 'worker', lingfengId)
    for (const p of people) await signUp(id, p.token)
    const alerts = (await notes('activity_occupancy')).filter(
      (n) => (n.data as { activity: string }).activity === '测试活动·夜爬',
    )
    expect(alerts.map((n) => (n.data as { percent: number }).percent)).toEqual([50, 80, 100])

    const csv = await invokeOk(activities, 'exportRoster', { id }, organizer)
    expect(csv.rows).toBe(5)
    expect(csv.csv.startsWith('\ufeff序号,姓名,手机号,状态')).toBe(true)
    expect(csv.csv).toContain('139****0000')
    expect(csv.csv).not.toContain('13900000000')
    const full = await invokeOk(activities, 'exportRoster', { id }, admin)
    expect(full.csv).toContain('13900000000')
    expect(await invoke(activities, 'exportRoster', { id }, member.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await invoke(activities, 'save', { title: 'x' }, worker)).toMatchObject({ ok: false })
  })

  test('the list filters by category, date, seats left and Chinese text', async () => {
    const id = await create({ title: '测试活动·摄影分享会', category: 'interest', capacity: 1 })
    const [p] = await signedInUsers(ctx.db, 1, 'worker', lingfengId)
    const titles = async (input: Record<string, unknown>) =>
      (await invokeOk(activities, 'list', input, p.token)).items.map((i: { title: string }) => i.title)
    expect(await titles({ q: '摄影' })).toContain('测试活动·摄影分享会')
    expect(await titles({ q: '摄影', category: 'jobs' })).not.toContain('测试活动·摄影分享会')
    expect(await titles({ from: '2026-11-28', days: 1 })).toContain('测试活动·摄影分享会')
    expect(await titles({ from: '2026-11-29', days: 1 })).not.toContain('测试活动·摄影分享会')
    expect(await titles({ q: '摄影', communityId: lingfengId })).toContain('测试活动·摄影分享会')
    expect(await titles({ q: '摄影', communityId: lingfengId + 1 })).not.toContain('测试活动·摄影分享会')
    await signUp(id, p.token)
    expect(await titles({ q: '摄影', hasSeats: true })).not.toContain('测试活动·摄影分享会')
    expect(
      (await invokeOk(activities, 'list', { q: '摄影' }, p.token)).items.find((i: { id: number }) => i.id === id)
        .myStatus,
    ).toBe('confirmed')
  })

  test('enterprises publish and run their own events only where enabled', async () => {
    const enterprise = await demoToken(user, 'enterprise')
    const input = {
      title: '专场招聘会·数控操作工',
      category: 'jobs',
      startsAt: iso('2026-11-29T09:00:00'),
      endsAt: iso('2026-11-29T11:00:00'),
      address: '灵峰社区零工市场',
      registrationOpensAt: iso('2026-11-23T00:00:00'),
      registrationClosesAt: iso('2026-11-29T08:00:00'),
      capacity: 30,
    }
    expect(await invoke(activities, 'save', input, enterprise)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '本社区暂未开放企业自行发布活动，请联系社工',
    })
    process.env.LIANSHE_ENTERPRISE_ACTIVITIES = '1'
    try {
      const { id } = await invokeOk(activities, 'save', input, enterprise)
      expect((await invokeOk(activities, 'roster', { id }, enterprise)).title).toBe('专场招聘会·数控操作工')
      const other = await create()
      expect(await invoke(activities, 'roster', { id: other }, enterprise)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    } finally {
      delete process.env.LIANSHE_ENTERPRISE_ACTIVITIES
    }
  })

  test("detail's `can` says what each person may do, and the actions agree", async () => {
    const id = await create({ confirmHours: 2 })
    const [first, second, waiting, stranger] = await signedInUsers(ctx.db, 4, 'worker', lingfengId)
    const enterprise = await demoToken(user, 'enterprise')
    const forWorkers = await create({ audience: 'workers' })
    const later = await create({ registrationOpensAt: iso('2026-11-25T00:00:00') })
    const seen = async (activityId: number, token?: string) => {
      const d = await invokeOk(activities, 'detail', { id: activityId }, token)
      return { can: d.can, note: d.signUpNote }
    }

    // Before anyone signs up: everybody may sign up (signed out too: the tap asks them to sign in).
    expect(await seen(id, stranger.token)).toEqual({ can: ['signUp'], note: null })
    expect(await seen(id)).toEqual({ can: ['signUp'], note: null })
    expect(await seen(id, organizer)).toEqual({ can: ['signUp', 'roster'], note: null })
    expect(await seen(later, stranger.token)).toEqual({ can: [], note: '报名将于 11月25日 周三 00:00 开始' })
    expect(await seen(forWorkers, enterprise)).toEqual({ can: [], note: '这个活动面向职工和骑手' })
    expect(await signUp(forWorkers, enterprise)).toMatchObject({ ok: false, message: '这个活动面向职工和骑手' })
    expect((await seen(forWorkers, stranger.token)).can).toEqual(['signUp'])

    for (const p of [first, second, waiting]) await signUp(id, p.token)
    expect(await seen(id, first.token)).toEqual({ can: ['cancel', 'calendar'], note: null })
    expect(await seen(id, waiting.token)).toEqual({ can: ['cancel', 'calendar'], note: null })
    // Full: the stranger may still join the waitlist.
    expect((await seen(id, stranger.token)).can).toEqual(['signUp'])

    // The first cancels: the waitlisted person is offered the seat, and may confirm it until it expires.
    await invokeOk(activities, 'cancel', { activityId: id }, first.token)
    expect(await seen(id, waiting.token)).toEqual({ can: ['cancel', 'confirmOffer', 'calendar'], note: null })
    expect(await seen(id, first.token)).toEqual({ can: ['signUp'], note: null })
    ctx.setNow(sh('2026-11-23T12:01:00'))
    expect((await seen(id, waiting.token)).can).toEqual(['cancel', 'calendar'])
    expect(await invoke(activities, 'confirmOffer', { activityId: id }, waiting.token)).toMatchObject({
      ok: false,
      message: '确认时限已过，名额已顺延给下一位',
    })

    // After the deadline: no sign-up, and why; the registered may still cancel until the start.
    ctx.setNow(sh('2026-11-28T12:30:00'))
    expect(await seen(id, stranger.token)).toEqual({ can: [], note: '报名已于 11月28日 周六 12:00 截止' })
    expect(await seen(id)).toEqual({ can: [], note: '报名已于 11月28日 周六 12:00 截止' })
    expect(await signUp(id, stranger.token)).toMatchObject({ ok: false, message: '报名已于 11月28日 周六 12:00 截止' })
    expect(await seen(id, second.token)).toEqual({ can: ['cancel', 'calendar'], note: null })
    expect(await seen(id, organizer)).toEqual({ can: ['roster'], note: '报名已于 11月28日 周六 12:00 截止' })
    // Once it has started: no cancelling; the calendar until it ends.
    ctx.setNow(sh('2026-11-28T14:30:00'))
    expect(await seen(id, second.token)).toEqual({ can: ['calendar'], note: null })
    expect(await invoke(activities, 'cancel', { activityId: id }, second.token)).toMatchObject({
      ok: false,
      message: '活动已开始，不能取消报名',
    })

    // Cancelled: nothing to do but the organizer's roster; the page shows the reason on its own.
    ctx.setNow(NOW)
    const called = await create()
    await signUp(called, first.token)
    await invokeOk(activities, 'cancelActivity', { id: called, reason: '天气原因' }, organizer)
    expect(await seen(called, first.token)).toEqual({ can: [], note: null })
    expect(await seen(called, stranger.token)).toEqual({ can: [], note: null })
    expect(await seen(called, organizer)).toEqual({ can: ['roster'], note: null })
    expect(await invoke(activities, 'cancel', { activityId: called }, first.token)).toMatchObject({ ok: false })
  })
})
