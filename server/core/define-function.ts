import type { Kysely, Transaction } from 'kysely'
import type { ZodTypeAny } from 'zod'
import {
  contract,
  fail,
  type ActionName,
  type Envelope,
  type FunctionName,
  type OutputOf,
  type ParsedInputOf,
  type Role,
} from '../../contract'
import { describeZodError } from '../../contract/zod-zh'
import { getDatabase } from '../db'
import type { DB, UserRow } from '../db/schema'
import { AppError } from './app-error'
import { clockNow } from './clock'
import { identify, type Identity } from './identity'
import { log } from './log'
import { nudgeDispatcher, queuedNow } from '../notify/queue'
import { resolveUser, type SignInMethod } from './resolve-user'

/** Who may run an action. There is no default: every handler states it (default deny). */
export type Access = 'public' | 'signed-in' | readonly Role[]

export interface Ctx<U extends UserRow | null = UserRow | null> {
  /** The action's transaction. Use only this inside a handler (see pglite-dialect.ts). */
  db: Transaction<DB>
  user: U
  identity: Identity
  /** How the asker signed in (null when nobody is signed in). */
  signInMethod: SignInMethod | null
  now: Date
}

export interface Handler<F extends FunctionName, A extends ActionName<F>> {
  access: Access
  run(ctx: Ctx<any>, input: ParsedInputOf<F, A>): Promise<OutputOf<F, A>>
}

/** Typed helper: `handler<'user', 'me'>({ access, run })`. */
export function handler<F extends FunctionName, A extends ActionName<F>, U extends Access>(h: {
  access: U
  run(ctx: Ctx<U extends 'public' ? UserRow | null : UserRow>, input: ParsedInputOf<F, A>): Promise<OutputOf<F, A>>
}): Handler<F, A> {
  return h as Handler<F, A>
}

export interface TimerCtx {
  db: Transaction<DB>
  now: Date
  scheduledAt: Date
}
/**
 * A timer job runs inside the transaction that claims its tick, or, marked `standalone`, after
 * the claim commits, managing its own transactions (the notification dispatcher sends between them).
 */
export type TimerJob =
  | ((ctx: TimerCtx) => Promise<unknown>)
  | { standalone: (ctx: { database: Kysely<DB>; now: Date; scheduledAt: Date }) => Promise<unknown> }

export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> }

const MAX_TX_ATTEMPTS = 4
const isRetryable = (e: unknown) => ['40001', '40P01'].includes((e as { code?: string })?.code ?? '')

function parseEvent(event: unknown): { action: string; input: unknown } | null {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return null
  const { action, input } = event as { action?: unknown; input?: unknown }
  if (typeof action !== 'string' || action.length > 64) return null
  return { action, input: input === undefined ? {} : input }
}

function isTimerEvent(event: unknown): event is { TriggerName: string; Time?: string } {
  const e = event as { Type?: unknown; TriggerName?: unknown } | null
  return !!e && typeof e === 'object' && String(e.Type).toLowerCase() === 'timer' && typeof e.TriggerName === 'string'
}

function allowed(access: Access, user: UserRow | null): 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (access === 'public') return 'ok'
  if (!user) return 'UNAUTHENTICATED'
  if (user.disabled) return 'FORBIDDEN'
  if (access === 'signed-in') return 'ok'
  return access.includes(user.role) ? 'ok' : 'FORBIDDEN'
}

/**
 * One cloud function: `main(event, context)` routes `event.action` to its handler:
 * validate input → identify and authorize → run in one transaction → `{ ok, data }` or
 * `{ ok: false, code, message }`. The same `main` runs in WeChat's cloud and in the gateway.
 */
export function defineFunction<F extends FunctionName>(
  name: F,
  handlers: Handlers<F>,
  options: { timers?: Record<string, TimerJob> } = {},
) {
  const actions = contract[name] as unknown as Record<string, { input: ZodTypeAny; output: ZodTypeAny }>

  async function runTimer(event: { TriggerName: string; Time?: string }): Promise<Envelope<unknown>> {
    const job = options.timers?.[event.TriggerName]
    if (!job) return fail('UNKNOWN_ACTION', `没有定时任务 ${event.TriggerName}`)
    const scheduledAt = event.Time ? new Date(event.Time) : new Date()
    if (Number.isNaN(scheduledAt.getTime())) return fail('BAD_REQUEST')
    scheduledAt.setMilliseconds(0)
    const db = await getDatabase()
    const jobName = `${name}.${event.TriggerName}`
    try {
      const ran = await db.transaction().execute(async (trx) => {
        // First instance to claim this tick runs it; the others skip (several gateways, one database).
        const claimed = await trx
          .insertInto('timer_runs')
          .values({ job: jobName, scheduled_at: scheduledAt })
          .onConflict((oc) => oc.doNothing())
          .returning('job')
          .executeTakeFirst()
        if (!claimed) return { ran: false }
        if (typeof job !== 'function') return { ran: true }
        return { ran: true, result: await job({ db: trx, now: clockNow(), scheduledAt }) }
      })
      if (ran.ran && typeof job !== 'function') {
        return {
          ok: true,
          data: { ran: true, result: await job.standalone({ database: db, now: clockNow(), scheduledAt }) },
        }
      }
      if (ran.ran) nudgeDispatcher()
      return { ok: true, data: ran }
    } catch (e) {
      log.error('timer failed', { job: jobName, error: String(e) })
      return fail('INTERNAL')
    }
  }

  return async function main(event: unknown, context?: unknown): Promise<Envelope<unknown>> {
    const started = Date.now()
    const identity = identify(context)
    if (isTimerEvent(event)) {
      // Only the platform (no caller) may fire timers; a caller posing as a timer is refused.
      if (identity.kind !== 'timer') return fail('FORBIDDEN')
      return runTimer(event)
    }
    const parsedEvent = parseEvent(event)
    if (!parsedEvent) return fail('BAD_REQUEST', '请求应包含 action（操作名）')
    const { action } = parsedEvent
    const h = Object.prototype.hasOwnProperty.call(handlers, action)
      ? (handlers as Record<string, Handler<F, any>>)[action]
      : undefined
    const spec = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
    if (!h || !spec) return fail('UNKNOWN_ACTION', `没有这个操作：${action.slice(0, 32)}`)

    const input = spec.input.safeParse(parsedEvent.input)
    if (!input.success) return fail('BAD_REQUEST', describeZodError(input.error))

    let attempt = 0
    for (;;) {
      attempt++
      try {
        const db = await getDatabase()
        let tx: object | null = null
        const data = await db.transaction().execute(async (trx) => {
          tx = trx
          const now = clockNow()
          const { user, expired, signInMethod } = await resolveUser(trx, identity, now)
          const verdict = allowed(h.access, user)
          if (verdict !== 'ok') {
            throw new AppError(verdict === 'UNAUTHENTICATED' && expired ? 'SESSION_EXPIRED' : verdict)
          }
          const out = await h.run({ db: trx, user, identity, signInMethod, now }, input.data)
          // Output goes through its schema: fields not in the contract never leave the server.
          return spec.output.parse(out)
        })
        log.info('call', { fn: name, action, ok: true, ms: Date.now() - started })
        // Something to tell someone now: where a process stays up (the gateway), send it now.
        if (tx && queuedNow(tx)) nudgeDispatcher()
        return { ok: true, data }
      } catch (e) {
        if (e instanceof AppError) {
          log.info('call', { fn: name, action, ok: false, code: e.code, ms: Date.now() - started })
          return fail(e.code, e.message)
        }
        if (isRetryable(e) && attempt < MAX_TX_ATTEMPTS) continue
        log.error('call failed', { fn: name, action, error: e instanceof Error ? e.message : String(e) })
        return fail('INTERNAL')
      }
    }
  }
}
