import { sql, type Insertable, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { Runtime } from '../core/runtime'
import { log } from '../core/log'
import type { PushChannel, PushRequest, PushResult } from './channels/types'
import { miniprogramState, templateIdOf } from './config'
import type { Template } from './template'

export interface DispatchOptions {
  /** Default: the runtime's push channel. */
  channel?: PushChannel
  /** Notifications claimed per transaction. */
  batch?: number
  /** How long a claimed push may take before it counts as interrupted. */
  leaseMs?: number
  /** Sends per notification before it is failed. */
  maxAttempts?: number
  /** First retry delay; doubles each attempt. */
  backoffMs?: number
  /** Pushes in flight at once; after a crash at most this many are in doubt. */
  sendConcurrency?: number
}

export interface DispatchReport {
  delivered: number
  failed: number
  retrying: number
  interrupted: number
}

interface Claimed {
  id: number
  request: PushRequest
  attempts: number
}

const DEFAULTS = { batch: 100, leaseMs: 60_000, maxAttempts: 5, backoffMs: 30_000, sendConcurrency: 8 }

/**
 * Deliver every notification that is due: to the inbox (always, in the claiming transaction,
 * so exactly once) and as a WeChat subscribe message when the user holds a grant for its kind.
 * A push is at most once: it is marked `sending` (committed) before the request goes out; one
 * found still `sending` after its lease was interrupted by a crash, and is recorded as failed
 * rather than sent again, because WeChat cannot tell us whether it arrived.
 */
export async function dispatchDue(runtime: Runtime, options: DispatchOptions = {}): Promise<DispatchReport> {
  const db = await runtime.database()
  const o = { ...DEFAULTS, ...options, channel: options.channel ?? runtime.push(), notices: runtime.notices }
  const now = runtime.now
  const report: DispatchReport = { delivered: 0, failed: 0, retrying: 0, interrupted: 0 }
  report.interrupted = await recoverInterrupted(db, now())
  for (;;) {
    const claim = await db.transaction().execute((trx) => claimBatch(trx, now(), o))
    report.delivered += claim.delivered
    report.failed += claim.failed
    if (claim.rows === 0) break
    // Pushes go out in small groups, each marked `sending` (committed) just before it leaves:
    // a crash leaves at most one group in doubt, and two dispatchers never send the same row.
    for (let i = 0; i < claim.sending.length; i += o.sendConcurrency) {
      const group = claim.sending.slice(i, i + o.sendConcurrency)
      const mine = await markSending(db, now(), o, group)
      if (mine.length === 0) continue
      const results = await Promise.all(
        mine.map(async (c) => {
          try {
            return await o.channel.send(c.request, c.id)
          } catch (e) {
            return { ok: false, kind: 'transient', code: 'THROWN', message: String(e).slice(0, 200) } as PushResult
          }
        }),
      )
      const recorded = await db.transaction().execute((trx) => recordResults(trx, now(), o, mine, results))
      report.delivered += recorded.delivered
      report.failed += recorded.failed
      report.retrying += recorded.retrying
    }
  }
  return report
}

/** Pushes left `sending` past their lease: the dispatcher died mid-send. */
async function recoverInterrupted(db: Kysely<DB>, now: Date): Promise<number> {
  const r = await db
    .updateTable('notifications')
    .set({
      status: 'failed',
      push: 'failed',
      last_error: '推送中断（调度进程退出），无法确认是否送达，为免重复不再重发；站内消息已送达',
      lease_until: null,
      finished_at: now,
    })
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .executeTakeFirst()
  const n = Number(r.numUpdatedRows)
  if (n) log.warn('notifications interrupted mid-send', { count: n })
  return n
}

async function claimBatch(
  trx: Transaction<DB>,
  now: Date,
  o: typeof DEFAULTS & { notices: ReadonlyMap<string, Template> },
) {
  const rows = await trx
    .selectFrom('notifications')
    .select(['id', 'user_id', 'kind', 'data', 'page', 'push', 'attempts'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(o.batch)
    .forUpdate()
    .skipLocked()
    .execute()
  const out = { rows: rows.length, delivered: 0, failed: 0, sending: [] as Claimed[] }
  if (rows.length === 0) return out

  const userIds = [...new Set(rows.map((r) => r.user_id))]
  const users = new Map(
    (
      await trx
        .selectFrom('users')
        .leftJoin('notification_settings', 'notification_settings.user_id', 'users.id')
        .select(['users.id', 'users.openid', 'users.disabled', 'notification_settings.muted'])
        .where('users.id', 'in', userIds)
        .execute()
    ).map((u) => [u.id, u]),
  )

  const failed = new Map<string, number[]>() // reason → ids
  const delivered: number[] = []
  const inbox: Insertable<DB['inbox']>[] = []
  const sendingIds: number[] = []
  for (const n of rows) {
    const fail = (reason: string) => failed.set(reason, [...(failed.get(reason) ?? []), n.id])
    const user = users.get(n.user_id)
    const template = o.notices.get(n.kind)
    if (!user || user.disabled) {
      fail('接收人不存在或已停用')
      continue
    }
    if (!template) {
      fail(`未知的消息类型：${n.kind}`)
      continue
    }
    const parsed = template.data.safeParse(n.data)
    if (!parsed.success) {
      fail(`消息内容缺少模板字段：${parsed.error.issues.map((i) => i.path.join('.')).join('、')}`)
      continue
    }
    const data = parsed.data
    let push = n.push
    if (push === 'undecided') {
      inbox.push({
        notification_id: n.id,
        user_id: n.user_id,
        kind: n.kind,
        category: template.category,
        title: template.title(data),
        body: template.body(data),
        page: n.page,
      })
      const templateId = templateIdOf(n.kind)
      const muted = (user.muted ?? []).includes(template.category)
      push = 'none'
      if (templateId && user.openid && !muted) {
        // One grant, one send: take it now; it stays with this notification through retries.
        const grant = await trx
          .updateTable('subscribe_grants')
          .set((eb) => ({ remaining: eb('remaining', '-', 1), updated_at: now }))
          .where('user_id', '=', n.user_id)
          .where('kind', '=', n.kind)
          .where('remaining', '>', 0)
          .returning('remaining')
          .executeTakeFirst()
        if (grant) push = 'held'
      }
    }
    if (push !== 'held') {
      delivered.push(n.id)
      continue
    }
    sendingIds.push(n.id)
    out.sending.push({
      id: Number(n.id),
      attempts: n.attempts,
      request: {
        touser: user.openid!,
        templateId: templateIdOf(n.kind)!,
        page: n.page,
        data: Object.fromEntries(Object.entries(template.wechat(data)).map(([k, v]) => [k, { value: v }])),
        miniprogramState: miniprogramState(),
        lang: 'zh_CN',
      },
    })
  }

  if (inbox.length)
    await trx
      .insertInto('inbox')
      .values(inbox)
      .onConflict((oc) => oc.column('notification_id').doNothing())
      .execute()
  if (delivered.length) {
    await trx
      .updateTable('notifications')
      .set({ status: 'delivered', push: sql`case when push = 'undecided' then 'none' else push end`, finished_at: now })
      .where('id', 'in', delivered)
      .execute()
  }
  for (const [reason, ids] of failed) {
    await trx
      .updateTable('notifications')
      .set({ status: 'failed', last_error: reason, finished_at: now })
      .where('id', 'in', ids)
      .execute()
  }
  if (sendingIds.length) {
    // Grant taken and inbox written; the push itself is claimed group by group (markSending).
    await trx.updateTable('notifications').set({ push: 'held' }).where('id', 'in', sendingIds).execute()
  }
  out.delivered = delivered.length
  out.failed = [...failed.values()].reduce((s, ids) => s + ids.length, 0)
  return out
}

/** Claim a group for sending; rows another dispatcher took meanwhile are left to it. */
async function markSending(db: Kysely<DB>, now: Date, o: typeof DEFAULTS, group: Claimed[]): Promise<Claimed[]> {
  const taken = await db
    .updateTable('notifications')
    .set({ status: 'sending', lease_until: new Date(now.getTime() + o.leaseMs) })
    .where(
      'id',
      'in',
      group.map((c) => c.id),
    )
    .where('status', '=', 'pending')
    .where('push', '=', 'held')
    .returning('id')
    .execute()
  const ids = new Set(taken.map((t) => Number(t.id)))
  return group.filter((c) => ids.has(c.id))
}

async function recordResults(
  trx: Transaction<DB>,
  now: Date,
  o: typeof DEFAULTS,
  claimed: Claimed[],
  results: PushResult[],
) {
  const sent: number[] = []
  const noGrant: number[] = []
  const out = { delivered: 0, failed: 0, retrying: 0 }
  for (let i = 0; i < claimed.length; i++) {
    const c = claimed[i]
    const r = results[i]
    if (r.ok) sent.push(c.id)
    else if (r.kind === 'no_grant') noGrant.push(c.id)
    else {
      const attempts = c.attempts + 1
      const giveUp = r.kind === 'permanent' || attempts >= o.maxAttempts
      // Exponential backoff with ±20% jitter, so retries of one burst do not arrive together.
      const delay = o.backoffMs * 2 ** (attempts - 1) * (0.8 + Math.random() * 0.4)
      await trx
        .updateTable('notifications')
        .set({
          status: giveUp ? 'failed' : 'pending',
          push: giveUp ? 'failed' : 'held',
          attempts,
          last_error: giveUp && r.kind === 'transient' ? `推送 ${attempts} 次均失败：${r.message}` : r.message,
          next_attempt_at: new Date(now.getTime() + delay),
          lease_until: null,
          finished_at: giveUp ? now : null,
        })
        .where('id', '=', c.id)
        .where('status', '=', 'sending')
        .execute()
      if (giveUp) out.failed++
      else out.retrying++
    }
  }
  if (sent.length) {
    await trx
      .updateTable('notifications')
      .set({ status: 'delivered', push: 'sent', lease_until: null, finished_at: now })
      .where('id', 'in', sent)
      .where('status', '=', 'sending')
      .execute()
  }
  if (noGrant.length) {
    // 43101: WeChat says the user holds no grant. Inbox only; stop spending their other grants of these kinds.
    const rows = await trx
      .updateTable('notifications')
      .set({
        status: 'delivered',
        push: 'skipped',
        last_error: '用户未授权订阅消息（43101），仅站内消息',
        lease_until: null,
        finished_at: now,
      })
      .where('id', 'in', noGrant)
      .where('status', '=', 'sending')
      .returning(['user_id', 'kind'])
      .execute()
    for (const r of rows) {
      await trx
        .updateTable('subscribe_grants')
        .set({ remaining: 0, updated_at: now })
        .where('user_id', '=', r.user_id)
        .where('kind', '=', r.kind)
        .execute()
    }
  }
  out.delivered = sent.length + noGrant.length
  return out
}
