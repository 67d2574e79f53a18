import { main as admin } from '../../cloudfunctions/admin/index'
import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import { createSession } from '../../server/auth/sessions'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

const sh = (local: string) => new Date(`${local}+08:00`)
const iso = (local: string) => sh(local).toISOString()
const NOW = sh('2026-11-23T10:00:00') // Monday; 吴书记 keeps 周二 14:00, 周四 19:00, 周六 10:00

describeEachDatabase('青创导师: office hours on the reservation core', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let mentorToken: string
  let mentorId: number
  let otherMentorToken: string
  let a: { id: number; token: string }
  let b: { id: number; token: string }
  let c: { id: number; token: string }

  const book = (token: string, startsAt: string, over: Record<string, unknown> = {}) =>
    invoke(
      policies,
      'bookMentor',
      { mentorId, startsAt, topic: 'application', question: '一次性创业补贴怎么申报？', ...over },
      token,
    )
  const reservation = (id: number) =>
    ctx.db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select(['r.status', 's.kind', 's.owner_id', 's.taken', 's.capacity'])
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow()
  const notices = (kind: string, userId: number) =>
    ctx.db
      .selectFrom('notifications')
      .select(['status', 'due_at', 'data', 'subject'])
      .where('kind', '=', kind)
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()

  beforeAll(async () => {
    ctx.setNow(NOW)
    mentorToken = await demoToken(user, 'mentor')
    mentorId = (await invokeOk(user, 'me', {}, mentorToken)).id
    const other = await ctx.db
      .selectFrom('mentors as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('u.id')
      .where('u.display_name', '=', '许晓蕾（示例）')
      .executeTakeFirstOrThrow()
    otherMentorToken = (await ctx.db.transaction().execute((trx) => createSession(trx, other.id, 'demo', NOW))).token
    ;[a, b, c] = await signedInUsers(ctx.db, 3, 'entrepreneur')
  })
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('mentors: 30 or more (海曙’s 30余), each with field, languages, topics and the next free hour', async () => {
    const { items } = await invokeOk(policies, 'mentors', {})
    expect(items.length).toBeGreaterThanOrEqual(30) // 海曙's “30余名青创导师” (000_…txt)
    const wu = items.find((m: { id: number }) => m.id === mentorId)
    expect(wu).toMatchObject({
      name: '青创导师 吴书记',
      field: '乡村振兴·政策申报',
      communityName: '海曙乡创中心',
      languages: ['普通话', '宁波话'],
      nextFree: iso('2026-11-24T14:00:00'),
    })
    const traffic = await invokeOk(policies, 'mentors', { topic: 'traffic' })
    expect(traffic.items.every((m: { topics: string[] }) => m.topics.includes('traffic'))).toBe(true)
    const page = await invokeOk(policies, 'mentor', { id: mentorId })
    expect(page.hours.slice(0, 3).map((h: { startsAt: string; state: string }) => [h.startsAt, h.state])).toEqual([
      [iso('2026-11-24T14:00:00'), 'free'],
      [iso('2026-11-26T19:00:00'), 'free'],
      [iso('2026-11-28T10:00:00'), 'free'],
    ])
  })

  test('book → pending on a mentor slot; the hour is then taken; past, unknown and same-day hours are refused', async () => {
    const r = await book(a.token, iso('2026-11-24T14:00:00'))
    if (!r.ok) throw new Error(r.message)
    expect(r.data).toMatchObject({
      status: 'pending',
      mentorName: '青创导师 吴书记',
      topic: 'application',
      past: false,
    })
    expect(await reservation(r.data.id)).toEqual({
      status: 'pending',
      kind: 'mentor',
      owner_id: mentorId,
      taken: 1,
      capacity: 1,
    })
    expect(await notices('mentor_requested', mentorId)).toHaveLength(1)

    expect(await book(b.token, iso('2026-11-24T14:00:00'))).toEqual({
      ok: false,
      code: 'FULL',
      message: '这个时段已被其他人预约，请选择其他时段',
    })
    expect(await book(b.token, iso('2026-11-21T10:00:00'))).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '这个时段已经过去了，请选择之后的时段',
    })
    expect(await book(b.token, iso('2026-11-24T15:00:00'))).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await book(mentorToken, iso('2026-11-26T19:00:00'))).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    const page = await invokeOk(policies, 'mentor', { id: mentorId }, a.token)
    expect(page.hours[0]).toMatchObject({ startsAt: iso('2026-11-24T14:00:00'), state: 'mine' })
    expect((await invokeOk(policies, 'mentor', { id: mentorId }, b.token)).hours[0].state).toBe('taken')
    expect(
      (await invokeOk(policies, 'mentors', {})).items.find((m: { id: number }) => m.id === mentorId).nextFree,
    ).toBe(iso('2026-11-26T19:00:00'))
  })

  test('only that hour’s mentor decides: another mentor and a non-mentor are refused', async () => {
    const mine = await invokeOk(policies, 'myMentorBookings', {}, a.token)
    const id = mine.upcoming[0].id
    expect(
      await invoke(policies, 'decideMentorBooking', { bookingId: id, decision: 'confirm' }, otherMentorToken),
    ).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能处理预约你本人的辅导，这不是你的时段',
    })
    expect(
      await invoke(policies, 'noteMentorSession', { bookingId: id, note: '不是我的预约' }, otherMentorToken),
    ).toMatchObject({ code: 'FORBIDDEN' })
    expect(
      await invoke(policies, 'decideMentorBooking', { bookingId: id, decision: 'confirm' }, b.token),
    ).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect((await reservation(id)).status).toBe('pending')
    // The other mentor's desk does not list it.
    const desk = await invokeOk(policies, 'mentorDesk', {}, otherMentorToken)
    expect(desk.requests).toEqual([])
  })

  test('confirm: the person is told and both get a reminder an hour before; a cancel tells the mentor and drops them', async () => {
    const desk = await invokeOk(policies, 'mentorDesk', {}, mentorToken)
    expect(desk.requests.map((x: { personName: string; personPhone: string }) => x.personPhone)).toEqual([
      expect.stringMatching(/^\d{3}\*+\d{4}$/),
    ])
    const id = desk.requests[0].id
    const confirmed = await invokeOk(
      policies,
      'decideMentorBooking',
      { bookingId: id, decision: 'confirm' },
      mentorToken,
    )
    expect(confirmed.status).toBe('confirmed')
    expect(
      await invoke(policies, 'decideMentorBooking', { bookingId: id, decision: 'confirm' }, mentorToken),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect(await notices('mentor_decided', a.id)).toMatchObject([
      { data: { approved: true, time: '2026-11-24 14:00' } },
    ])
    const reminders = [...(await notices('mentor_reminder', a.id)), ...(await notices('mentor_reminder', mentorId))]
    expect(reminders.map((r) => [new Date(r.due_at).toISOString(), r.subject, r.status])).toEqual([
      [iso('2026-11-24T13:00:00'), `reservation:${id}`, 'pending'],
      [iso('2026-11-24T13:00:00'), `reservation:${id}`, 'pending'],
    ])

    await invokeOk(policies, 'cancelMentorBooking', { bookingId: id, reason: '临时出差' }, a.token)
    expect((await reservation(id)).status).toBe('cancelled')
    expect(await notices('mentor_cancelled', mentorId)).toMatchObject([{ data: { reason: '临时出差' } }])
    expect((await notices('mentor_reminder', a.id)).map((r) => r.status)).toEqual(['dropped'])
    // The freed hour can be booked again, by someone else.
    const again = await book(b.token, iso('2026-11-24T14:00:00'))
    expect(again).toMatchObject({ ok: true, data: { status: 'pending' } })
  })

  test('decline needs a reason; the seat goes back; a person holds one request per mentor per day', async () => {
    const r = await book(a.token, iso('2026-11-26T19:00:00'))
    if (!r.ok) throw new Error(r.message)
    expect(
      await invoke(policies, 'decideMentorBooking', { bookingId: r.data.id, decision: 'decline' }, mentorToken),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '婉拒时请说明原因（至少 2 个字）',
    })
    const declined = await invokeOk(
      policies,
      'decideMentorBooking',
      { bookingId: r.data.id, decision: 'decline', reason: '这周外出学习' },
      mentorToken,
    )
    expect(declined).toMatchObject({ status: 'cancelled', cancelReason: '这周外出学习' })
    expect(await reservation(r.data.id)).toMatchObject({ status: 'cancelled', taken: 0 })
    expect(await notices('mentor_decided', a.id)).toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ approved: false, reason: '这周外出学习' }) }),
    )
    const rebook = await book(a.token, iso('2026-11-26T19:00:00'))
    expect(rebook).toMatchObject({ ok: true })
    // Same mentor, same day: refused (nothing taken).
    await invokeOk(
      policies,
      'saveMentorProfile',
      {
        field: '乡村振兴·政策申报',
        background: '村党支部书记（示例）',
        languages: ['普通话'],
        topics: ['policy'],
        weeklyHours: [
          { weekday: 4, start: '19:00', minutes: 60, place: '灵峰社区' },
          { weekday: 4, start: '20:00', minutes: 60, place: '灵峰社区' },
        ],
      },
      mentorToken,
    )
    expect(await book(a.token, iso('2026-11-26T20:00:00'))).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  test('after the hour: the mentor writes a note, the person rates it; not before, and not someone else', async () => {
    const booking = (await invokeOk(policies, 'myMentorBookings', {}, b.token)).upcoming[0]
    await invokeOk(policies, 'decideMentorBooking', { bookingId: booking.id, decision: 'confirm' }, mentorToken)
    expect(await invoke(policies, 'rateMentorSession', { bookingId: booking.id, rating: 5 }, b.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '辅导结束后才能评价',
    })
    ctx.setNow(sh('2026-11-24T15:30:00'))
    const noted = await invokeOk(
      policies,
      'noteMentorSession',
      { bookingId: booking.id, note: '材料已齐，下周到窗口递交。' },
      mentorToken,
    )
    expect(noted).toMatchObject({ note: '材料已齐，下周到窗口递交。', past: true })
    expect(await invoke(policies, 'rateMentorSession', { bookingId: booking.id, rating: 5 }, a.token)).toMatchObject({
      code: 'FORBIDDEN',
    })
    const rated = await invokeOk(
      policies,
      'rateMentorSession',
      { bookingId: booking.id, rating: 5, comment: '讲得很清楚' },
      b.token,
    )
    expect(rated).toMatchObject({ rating: 5, comment: '讲得很清楚' })
    const page = await invokeOk(policies, 'mentor', { id: mentorId })
    expect(page).toMatchObject({ rating: 5, ratings: 1, sessions: 1, reviews: [{ rating: 5, comment: '讲得很清楚' }] })
    const mine = await invokeOk(policies, 'myMentorBookings', {}, b.token)
    expect(mine.past[0]).toMatchObject({ id: booking.id, note: '材料已齐，下周到窗口递交。', rating: 5 })
  })

  test('a request nobody decided before the hour is let go by the timer, and the person told', async () => {
    // (The mentor now keeps 周四 19:00 and 20:00: the weekly pattern was changed above.)
    const r = await book(c.token, iso('2026-11-26T20:00:00'), { topic: 'traffic', question: '直播间怎么起量？' })
    if (!r.ok) throw new Error(r.message)
    const at = sh('2026-11-26T20:00:00')
    ctx.setNow(at)
    await policies(
      { Type: 'Timer', TriggerName: 'sweep', Time: at.toISOString() },
      { lianshe: { runtime: ctx.runtime, trigger: true } },
    )
    expect(await reservation(r.data.id)).toMatchObject({ status: 'cancelled' })
    expect(await notices('mentor_decided', c.id)).toMatchObject([
      { data: { approved: false, reason: '导师未在开始前确认，预约已自动取消' } },
    ])
  })

  test('leaving: a person’s facts, favourites and questions go; a mentor’s coming hours are closed and people told', async () => {
    ctx.setNow(NOW)
    const [d] = await signedInUsers(ctx.db, 1, 'entrepreneur')
    await invokeOk(policies, 'saveProfile', { facts: { birthYear: 1995, education: 'master' } }, d.token)
    const { items } = await invokeOk(policies, 'list', { q: '人才贷' })
    await invokeOk(policies, 'favourite', { policyId: items[0].id, on: true }, d.token)
    const xu = (await invokeOk(policies, 'mentors', {})).items.find(
      (m: { name: string }) => m.name === '许晓蕾（示例）',
    )
    const r = await invoke(
      policies,
      'bookMentor',
      { mentorId: xu.id, startsAt: iso('2026-11-25T20:00:00'), topic: 'traffic', question: '我叫某某，想问直播怎么做' },
      d.token,
    )
    if (!r.ok) throw new Error(r.message)
    const download = await invokeOk(user, 'myData', {}, d.token)
    expect(JSON.stringify(download)).toContain('我叫某某，想问直播怎么做')

    // The mentor leaves first: her hour is closed and the person told.
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, otherMentorToken)).toEqual({ deleted: true })
    expect(await reservation(r.data.id)).toMatchObject({ status: 'cancelled' })
    expect(await notices('mentor_decided', d.id)).toMatchObject([
      { data: { approved: false, reason: '导师已注销账号，辅导取消' } },
    ])
    expect((await invokeOk(policies, 'mentors', {})).items.map((m: { name: string }) => m.name)).not.toContain(
      '许晓蕾（示例）',
    )

    // Then the person: facts, favourites and the question go; the booking row stays, naming nobody.
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, d.token)).toEqual({ deleted: true })
    expect(await ctx.db.selectFrom('policy_profiles').select('user_id').where('user_id', '=', d.id).execute()).toEqual(
      [],
    )
    expect(
      await ctx.db.selectFrom('policy_favourites').select('user_id').where('user_id', '=', d.id).execute(),
    ).toEqual([])
    const row = await ctx.db
      .selectFrom('reservations')
      .select('details')
      .where('id', '=', r.data.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(row.details)).not.toContain('我叫某某')
  })

  test('an admin revokes a mentor’s role: off the list and not bookable at once', async () => {
    const adminToken = await demoToken(user, 'admin')
    const zheng = (await invokeOk(policies, 'mentors', {})).items.find(
      (m: { name: string }) => m.name === '郑国平（示例）',
    )
    const grant = await ctx.db
      .selectFrom('user_roles')
      .select('id')
      .where('user_id', '=', zheng.id)
      .where('role', '=', 'mentor')
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow()
    await invokeOk(admin, 'revokeRole', { grantId: grant.id }, adminToken)
    expect((await invokeOk(policies, 'mentors', {})).items.map((m: { name: string }) => m.name)).not.toContain(
      '郑国平（示例）',
    )
    expect(await invoke(policies, 'mentor', { id: zheng.id }, c.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(
      await invoke(
        policies,
        'bookMentor',
        { mentorId: zheng.id, startsAt: zheng.nextFree, topic: 'application', question: '还能预约吗？' },
        c.token,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '导师不存在或暂停预约' })
  })

  test('leaving with an hour still to come: the booking is cancelled, the hour free again, the mentor told', async () => {
    ctx.setNow(NOW)
    const [e] = await signedInUsers(ctx.db, 1, 'entrepreneur')
    const r = await book(e.token, iso('2026-12-03T19:00:00'))
    if (!r.ok) throw new Error(r.message)
    expect(await invokeOk(user, 'deletionPreview', {}, e.token)).toMatchObject({
      upcoming: 1,
      goes: expect.arrayContaining(['尚未开始的导师预约（取消并通知导师，时段让给他人）']),
    })
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, e.token)).toEqual({ deleted: true })
    expect(await reservation(r.data.id)).toMatchObject({ status: 'cancelled', taken: 0 })
    const told = await notices('mentor_cancelled', mentorId)
    expect(told[told.length - 1]).toMatchObject({ data: { person: '预约人', reason: '对方已注销账号' } })
    const hour = (await invokeOk(policies, 'mentor', { id: mentorId }, c.token)).hours.find(
      (h: { startsAt: string }) => h.startsAt === iso('2026-12-03T19:00:00'),
    )
    expect(hour.state).toBe('free')
  })
})
