import { main as notifications } from '../../cloudfunctions/notifications/index'
import { main as user } from '../../cloudfunctions/user/index'
import { recordingChannel } from '../../server/notify/channels/recording'
import type { PushResult } from '../../server/notify/channels/types'
import { classifyWechatError, wechatChannel } from '../../server/notify/channels/wechat'
import { inTransaction } from '../../server/core/tx'
import { dispatchDue, type DispatchOptions } from '../../server/notify/dispatch'
import { dropReminders, notify } from '../../server/notify/queue'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

const T0 = new Date('2026-11-23T10:00:00+08:00')
const booked = (code: string) => ({ canteen: '太白社区延时餐厅', time: '2026-11-23 12:00', code })

describeEachDatabase('notifications', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let rider: string
  let worker: string
  let riderId: number
  let workerId: number
  let seq = 0
  const event = () => `test:${++seq}`

  beforeAll(async () => {
    rider = await demoToken(user, 'rider')
    worker = await demoToken(user, 'worker')
    const users = await ctx.db.selectFrom('users').select(['id', 'role']).where('demo', '=', true).execute()
    riderId = users.find((u) => u.role === 'rider')!.id
    workerId = users.find((u) => u.role === 'worker')!.id
    // Push needs a WeChat identity; demo accounts have none.
    await ctx.db.updateTable('users').set({ openid: 'o-rider' }).where('id', '=', riderId).execute()
    await ctx.db.updateTable('users').set({ openid: 'o-worker' }).where('id', '=', workerId).execute()
  })
  beforeEach(async () => {
    ctx.setNow(T0)
    await ctx.db.deleteFrom('notifications').execute()
    await ctx.db.deleteFrom('inbox').execute()
    await ctx.db.deleteFrom('subscribe_grants').execute()
    await ctx.db.deleteFrom('notification_settings').execute()
  })
  afterAll(() => {
    ctx.setNow(null)
    ctx.setPush(null)
  })

  const queue = (userId: number, ev = event(), extra: Partial<Parameters<typeof notify>[1]> = {}) =>
    inTransaction(ctx.runtime, (tx) =>
      notify(tx, {
        userId,
        kind: 'canteen_booked',
        data: booked(ev.slice(-6)),
        page: '/pages/notifications/index',
        event: ev,
        ...(extra as object),
      } as Parameters<typeof notify>[1]),
    )
  /** Dispatch as at `now` (default: the suite's clock, T0). */
  const dispatch = async ({ now, ...o }: DispatchOptions & { now?: () => Date } = {}) => {
    if (now) ctx.setNow(now)
    try {
      return await dispatchDue(ctx.runtime, o)
    } finally {
      if (now) ctx.setNow(T0)
    }
  }
  const statusOf = async () =>
    ctx.db
      .selectFrom('notifications')
      .select(['id', 'status', 'push', 'attempts', 'last_error', 'next_attempt_at'])
      .orderBy('id')
      .execute()

  test('a rolled-back change leaves no notification; a committed one is delivered to the inbox', async () => {
    await expect(
      inTransaction(ctx.runtime, async (tx) => {
        await notify(tx, { userId: riderId, kind: 'canteen_booked', data: booked('A1'), event: 'rolled-back' })
        throw new Error('the booking failed after queuing')
      }),
    ).rejects.toThrow('the booking failed')
    expect(await statusOf()).toHaveLength(0)

    await queue(riderId)
    const channel = recordingChannel()
    const report = await dispatch({ channel })
    expect(report.delivered).toBe(1)
    const box = await invokeOk(notifications, 'inbox', {}, rider)
    expect(box.unread).toBe(1)
    expect(box.items[0]).toMatchObject({
      title: '订餐预约成功',
      category: 'booking',
      read: false,
      page: '/pages/notifications/index',
    })
    expect(box.items[0].body).toContain('太白社区延时餐厅')
    // No grant was recorded, so nothing was pushed.
    expect(channel.sent).toHaveLength(0)
  })

  test('one grant, one send: a third notification with two grants reaches the inbox only', async () => {
    await invokeOk(notifications, 'recordGrants', { accepted: ['canteen_booked'] }, rider)
    await invokeOk(notifications, 'recordGrants', { accepted: ['canteen_booked', 'canteen_reminder'] }, rider)
    for (let i = 0; i < 3; i++) await queue(riderId)
    const channel = recordingChannel()
    await dispatch({ channel })
    expect(channel.sent).toHaveLength(2)
    expect(channel.sent[0].request).toMatchObject({
      touser: 'o-rider',
      templateId: 'local-canteen_booked',
      page: '/pages/notifications/index',
      miniprogramState: 'formal',
      data: { thing1: { value: '太白社区延时餐厅' }, time2: { value: '2026-11-23 12:00' } },
    })
    expect((await statusOf()).map((r) => r.push)).toEqual(['sent', 'sent', 'none'])
    const grants = await ctx.db
      .selectFrom('subscribe_grants')
      .select(['kind', 'remaining'])
      .where('user_id', '=', riderId)
      .orderBy('kind')
      .execute()
    expect(grants).toEqual([
      { kind: 'canteen_booked', remaining: 0 },
      { kind: 'canteen_reminder', remaining: 1 },
    ])
    expect((await invokeOk(notifications, 'inbox', {}, rider)).items).toHaveLength(3)
  })

  test('43101 falls back to the inbox, is not retried and spends no further grants', async () => {
    await ctx.db
      .insertInto('subscribe_grants')
      .values({ user_id: riderId, kind: 'canteen_booked', remaining: 3 })
      .execute()
    await queue(riderId)
    const calls: string[] = []
    const channel = {
      name: 'x',
      send: async (_r: unknown, id: number): Promise<PushResult> => (
        calls.push(String(id)),
        { ok: false, kind: 'no_grant', code: '43101', message: '用户未授权或已用完订阅次数（43101）' }
      ),
    }
    await dispatch({ channel })
    await dispatch({ channel, now: () => new Date(T0.getTime() + 3600_000) })
    expect(calls).toHaveLength(1)
    const [row] = await statusOf()
    expect(row).toMatchObject({ status: 'delivered', push: 'skipped' })
    expect(row.last_error).toContain('43101')
    const grant = await ctx.db
      .selectFrom('subscribe_grants')
      .select('remaining')
      .where('user_id', '=', riderId)
      .executeTakeFirstOrThrow()
    expect(grant.remaining).toBe(0)
    expect((await invokeOk(notifications, 'unread', {}, rider)).unread).toBe(1)
  })

  test('transient errors retry with exponential backoff, then fail with the reason', async () => {
    await ctx.db
      .insertInto('subscribe_grants')
      .values({ user_id: riderId, kind: 'canteen_booked', remaining: 1 })
      .execute()
    await queue(riderId)
    let now = T0.getTime()
    const clock = () => new Date(now)
    const sends: number[] = []
    const busy = {
      name: 'busy',
      send: async (): Promise<PushResult> => (
        sends.push(now),
        { ok: false, kind: 'transient', code: '-1', message: '微信系统繁忙（-1）' }
      ),
    }
    const opts = { channel: busy, now: clock, backoffMs: 1000, maxAttempts: 4 }

    await dispatch(opts)
    let [row] = await statusOf()
    expect(row).toMatchObject({ status: 'pending', push: 'held', attempts: 1 })
    const firstDelay = new Date(row.next_attempt_at).getTime() - now
    expect(firstDelay).toBeGreaterThanOrEqual(800)
    expect(firstDelay).toBeLessThanOrEqual(1200)

    // Not due yet: nothing is sent.
    await dispatch(opts)
    expect(sends).toHaveLength(1)

    now += 1200
    await dispatch(opts)
    ;[row] = await statusOf()
    expect(row.attempts).toBe(2)
    const secondDelay = new Date(row.next_attempt_at).getTime() - now
    expect(secondDelay).toBeGreaterThanOrEqual(1600) // doubled
    expect(secondDelay).toBeLessThanOrEqual(2400)

    now += 2400
    await dispatch(opts)
    now += 4800
    await dispatch(opts)
    ;[row] = await statusOf()
    expect(sends).toHaveLength(4)
    expect(row).toMatchObject({ status: 'failed', push: 'failed', attempts: 4 })
    expect(row.last_error).toBe('推送 4 次均失败：微信系统繁忙（-1）')
    // The grant was held through the retries, not spent again per attempt.
    const grant = await ctx.db
      .selectFrom('subscribe_grants')
      .select('remaining')
      .where('user_id', '=', riderId)
      .executeTakeFirstOrThrow()
    expect(grant.remaining).toBe(0)
    // The inbox copy was delivered once, on the first attempt.
    expect((await invokeOk(notifications, 'inbox', {}, rider)).items).toHaveLength(1)
  })

  test('the same event queued twice is one notification, delivered once', async () => {
    await ctx.db
      .insertInto('subscribe_grants')
      .values({ user_id: riderId, kind: 'canteen_booked', remaining: 5 })
      .execute()
    await queue(riderId, 'booking:77')
    await queue(riderId, 'booking:77')
    await queue(workerId, 'booking:77') // another recipient of the same event is another notification
    const channel = recordingChannel()
    await dispatch({ channel })
    await dispatch({ channel })
    expect(channel.sent.map((s) => s.request.touser)).toEqual(['o-rider'])
    expect((await invokeOk(notifications, 'inbox', {}, rider)).items).toHaveLength(1)
    expect((await invokeOk(notifications, 'inbox', {}, worker)).items).toHaveLength(1)
  })

  test('a reminder is held until due, and dropped when what it reminds of moves', async () => {
    const due = new Date(T0.getTime() + 3600_000)
    await queue(riderId, 'reminder:1', { kind: 'canteen_reminder', dueAt: due, subject: 'reservation:1' })
    await queue(riderId, 'reminder:2', { kind: 'canteen_reminder', dueAt: due, subject: 'reservation:2' })
    const channel = recordingChannel()
    expect((await dispatch({ channel })).delivered).toBe(0)
    expect(await inTransaction(ctx.runtime, (tx) => dropReminders(tx, 'reservation:1'))).toBe(1)
    const later = () => new Date(due.getTime() + 1000)
    expect((await dispatch({ channel, now: later })).delivered).toBe(1)
    const rows = await statusOf()
    expect(rows.map((r) => r.status)).toEqual(['dropped', 'delivered'])
    const box = await invokeOk(notifications, 'inbox', {}, rider)
    expect(box.items.map((i: { title: string }) => i.title)).toEqual(['用餐时间快到了'])
  })

  test('unknown kinds, missing fields and deleted users are failed with a reason; the rest is delivered', async () => {
    const ghost = await ctx.db
      .insertInto('users')
      .values({ role: 'worker', display_name: '已注销' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await ctx.db.deleteFrom('users').where('id', '=', ghost.id).execute()
    const insert = (userId: number, kind: string, data: object) =>
      ctx.db
        .insertInto('notifications')
        .values({
          user_id: userId,
          kind,
          data: JSON.stringify(data),
          event_key: event(),
          due_at: T0,
          next_attempt_at: T0,
        })
        .execute()
    await insert(riderId, 'no_such_kind', {})
    await insert(riderId, 'canteen_booked', { canteen: '太白' })
    await insert(ghost.id, 'canteen_booked', booked('G1'))
    await queue(riderId)
    const report = await dispatch({ channel: recordingChannel() })
    expect(report).toMatchObject({ delivered: 1, failed: 3 })
    const reasons = (await statusOf()).map((r) => r.last_error)
    expect(reasons.slice(0, 3)).toEqual([
      '未知的消息类型：no_such_kind',
      '消息内容缺少模板字段：time、code',
      '接收人不存在或已停用',
    ])
  })

  test('a push interrupted by a crash is failed with the reason, never sent twice', async () => {
    await ctx.db
      .insertInto('subscribe_grants')
      .values({ user_id: riderId, kind: 'canteen_booked', remaining: 1 })
      .execute()
    await queue(riderId)
    // The dispatcher claimed it and died before recording the result.
    let crash = true
    const dying = {
      name: 'dying',
      send: async (): Promise<PushResult> => {
        if (crash) throw Object.assign(new Error('killed'), { fatal: true })
        return { ok: true }
      },
    }
    await ctx.db
      .updateTable('notifications')
      .set({ status: 'sending', push: 'held', lease_until: new Date(T0.getTime() + 60_000) })
      .execute()
    crash = false
    const sent: number[] = []
    const channel = {
      name: 'after',
      send: async (_r: unknown, id: number): Promise<PushResult> => (sent.push(id), dying.send()),
    }
    // Within the lease the claim stands (another dispatcher may still be sending it).
    expect((await dispatch({ channel })).interrupted).toBe(0)
    const report = await dispatch({ channel, now: () => new Date(T0.getTime() + 61_000) })
    expect(report.interrupted).toBe(1)
    expect(sent).toHaveLength(0)
    const [row] = await statusOf()
    expect(row.status).toBe('failed')
    expect(row.last_error).toContain('无法确认是否送达')
  })

  test('muted categories get no push but still reach the inbox', async () => {
    await invokeOk(notifications, 'setMuted', { muted: ['booking'] }, rider)
    expect(await invokeOk(notifications, 'settings', {}, rider)).toEqual({ muted: ['booking'] })
    await invokeOk(notifications, 'recordGrants', { accepted: ['canteen_booked'] }, rider)
    await queue(riderId)
    const channel = recordingChannel()
    await dispatch({ channel })
    expect(channel.sent).toHaveLength(0)
    expect((await invokeOk(notifications, 'unread', {}, rider)).unread).toBe(1)
  })

  test('people read and mark only their own inbox', async () => {
    await queue(riderId)
    await queue(workerId)
    await dispatch({ channel: recordingChannel() })
    const riderItem = (await invokeOk(notifications, 'inbox', {}, rider)).items[0]
    const workerBox = await invokeOk(notifications, 'inbox', {}, worker)
    expect(workerBox.items.map((i: { id: number }) => i.id)).not.toContain(riderItem.id)
    // The worker marks the rider's message: nothing changes.
    expect(await invokeOk(notifications, 'markRead', { ids: [riderItem.id] }, worker)).toEqual({ marked: 0, unread: 1 })
    expect((await invokeOk(notifications, 'unread', {}, rider)).unread).toBe(1)
    expect(await invokeOk(notifications, 'markRead', { all: true }, rider)).toEqual({ marked: 1, unread: 0 })
    expect((await invoke(notifications, 'inbox', {})).ok).toBe(false)
    const bad = await invoke(notifications, 'markRead', { ids: [] }, rider)
    expect(bad.ok).toBe(false)
  })

  test('the dispatch timer delivers through the configured channel; callers cannot fire it', async () => {
    const channel = recordingChannel()
    ctx.setPush(channel)
    await invokeOk(notifications, 'recordGrants', { accepted: ['canteen_booked'] }, rider)
    await queue(riderId)
    const tick = { Type: 'Timer', TriggerName: 'dispatch', Time: '2026-11-23T02:00:00.000Z' }
    const r = (await notifications(tick, { lianshe: { runtime: ctx.runtime, trigger: true } })) as {
      ok: boolean
      data: any
    }
    expect(r.ok).toBe(true)
    expect(r.data.result.delivered).toBe(1)
    expect(channel.sent).toHaveLength(1)
    expect(
      ((await notifications(tick, { lianshe: { runtime: ctx.runtime, sessionToken: rider } })) as { ok: boolean }).ok,
    ).toBe(false)
  })
})

describe('WeChat channel', () => {
  test('sends the subscribeMessage.send request as built', async () => {
    const seen: unknown[] = []
    const channel = wechatChannel(
      async (req) => (seen.push(req), { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }),
    )
    const req = {
      touser: 'o1',
      templateId: 'T1',
      page: '/pages/notifications/index',
      data: { thing1: { value: '太白' } },
      miniprogramState: 'formal' as const,
      lang: 'zh_CN' as const,
    }
    expect(await channel.send(req, 1)).toEqual({ ok: true })
    expect(seen).toEqual([req])
  })

  test('maps WeChat errors to no-grant, transient and permanent', async () => {
    expect(classifyWechatError({ errCode: 43101, errMsg: 'user refuse to accept the msg' })).toMatchObject({
      kind: 'no_grant',
      code: '43101',
    })
    expect(classifyWechatError({ errCode: -1 })).toMatchObject({ kind: 'transient', message: '微信系统繁忙（-1）' })
    expect(classifyWechatError({ errCode: 45011 })).toMatchObject({ kind: 'transient' })
    expect(classifyWechatError({ errCode: 47003 })).toMatchObject({
      kind: 'permanent',
      message: '模板字段不符合要求（47003）',
    })
    expect(classifyWechatError({ errCode: 40003 })).toMatchObject({ kind: 'permanent' })
    expect(classifyWechatError({ errCode: 99999 })).toMatchObject({ kind: 'permanent' })
    expect(classifyWechatError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toMatchObject({
      kind: 'transient',
      code: 'ECONNRESET',
    })
    // The SDK may answer instead of throwing.
    const channel = wechatChannel(async () => ({ errCode: 43101, errMsg: 'refused' }))
    expect(await channel.send({} as never, 1)).toMatchObject({ ok: false, kind: 'no_grant' })
  })
})
