import type { Transaction } from 'kysely'
import type { ZodTypeAny } from 'zod'
// Types only from the whole contract: a function carries its own feature's contract (passed to
// defineFunction), not every feature's schemas (zod objects are most of a contract's bytes).
import type { ActionName, Contract, Envelope, FunctionName, OutputOf, ParsedInputOf, Role } from '../../contract'
import { fail } from '../../contract/errors'
import { describeZodError } from '../../contract/zod-zh'
import type { DB } from '../db/schema'
import type { Caller } from '../people/roles'
import { AppError } from './app-error'
import type { Feature } from './feature'
import { clientAddress, identify, type GatewayContext, type Identity } from './identity'
import { log } from './log'
import { resolveUser, type SignInMethod } from './resolve-user'
import { environmentRuntime, type Runtime } from './runtime'
import { inTransaction, runAfterCommit, type TxCtx } from './tx'

export interface Ctx<U extends Caller | null = Caller | null, T = undefined> extends TxCtx {
  /** The action's transaction. Use only this inside a handler (see pglite-dialect.ts). */
  db: Transaction<DB>
  user: U
  identity: Identity
  /** How the asker signed in (null when nobody is signed in). */
  signInMethod: SignInMethod | null
  /** The caller's network address as the platform saw it (never a request field); null when unknown. */
  address: string | null
  /** The record the access guard checked and loaded (a guard's result), else undefined. */
  target: T
}

/**
 * What a handler's `finish` sees: the call's caller and clock, no transaction. CPU work
 * (password hashes, QR images, CSV) happens here, so it never holds the database (on PGlite one
 * held transaction stalls every other call). `transaction` runs another short one when the work
 * decides what to write (sign-in creates the session after the hash check).
 */
export interface FinishCtx<U extends Caller | null = Caller | null> {
  user: U
  identity: Identity
  address: string | null
  now: Date
  runtime: Runtime
  transaction<R>(work: (ctx: TxCtx) => Promise<R>): Promise<R>
}

/**
 * A check of the caller against the record an action touches (staff of this canteen, organizer
 * of this activity, owner of this booking). The router runs it after identifying the caller and
 * before the handler; it refuses (throws an AppError) or returns the record for `ctx.target`.
 */
export interface Guard<I, T> {
  readonly kind: 'guard'
  /** What it checks, in words, for reviews and the guard test. */
  readonly checks: string
  /** Optional first filter by role. */
  readonly roles?: readonly Role[]
  resolve(ctx: Ctx<Caller, undefined>, input: I): Promise<T>
}

/**
 * A guard for one kind of record, used with the input field that names it:
 * `access: canteenStaff('canteenId')`. `check` loads the record by id and refuses when the
 * caller may not act on it; what it returns is the handler's `ctx.target`.
 */
export function defineGuard<T>(checks: string, check: (ctx: Ctx<Caller, undefined>, id: number) => Promise<T>) {
  const of = <K extends string>(
    field: K,
    options: { roles?: readonly Role[] } = {},
  ): Guard<{ [P in K]: number }, T> => ({
    kind: 'guard',
    checks: `${checks} (${field})`,
    roles: options.roles,
    resolve: (ctx, input) => check(ctx, input[field]),
  })
  /** For an input that may name no record (create or edit): checked when named, else target undefined. */
  const ifNamed = <K extends string>(
    field: K,
    options: { roles?: readonly Role[] } = {},
  ): Guard<{ [P in K]?: number }, T | undefined> => ({
    kind: 'guard',
    checks: `${checks} (${field}, when named)`,
    roles: options.roles,
    resolve: async (ctx, input) => {
      const id = input[field]
      return id === undefined ? undefined : check(ctx, id)
    },
  })
  return Object.assign(of, { ifNamed })
}

/** Any signed-in user, acting on their own data only; `because` says which (the guard test reads it). */
export interface Own {
  readonly kind: 'own'
  readonly because: string
}
export const own = (because: string): Own => ({ kind: 'own', because })

/**
 * Who may run an action. There is no default: every handler states it (default deny).
 * - 'public': anyone, signed in or not;
 * - own(…): any signed-in user, on their own data (their bookings, their inbox);
 * - a list of roles;
 * - a guard: the caller against the record the input names.
 */
export type Access<I = any, T = any> = 'public' | Own | readonly Role[] | Guard<I, T>

export interface Handler<F extends FunctionName = FunctionName, A extends ActionName<F> = ActionName<F>> {
  fn: F
  action: A
  access: Access
  /** Served to an account that must still change its one-time password (who am I, change it). */
  beforePasswordChange?: boolean
  run(ctx: Ctx<any, any>, input: ParsedInputOf<F, A>): Promise<unknown>
  /** After commit, outside any transaction: turns run's result into the output (see FinishCtx). */
  finish?(result: any, ctx: FinishCtx<any>, input: ParsedInputOf<F, A>): Promise<OutputOf<F, A>>
}

type Run<F extends FunctionName, A extends ActionName<F>, U extends Caller | null, T, R> = (
  ctx: Ctx<U, T>,
  input: ParsedInputOf<F, A>,
) => Promise<R>

/**
 * A handler's work: `run` alone, in the call's transaction, returning the output; or `run` for the
 * database work and `finish` for the CPU work after commit, turning run's result into the output.
 */
type Phases<F extends FunctionName, A extends ActionName<F>, U extends Caller | null, T, R> =
  | { run: Run<F, A, U, T, OutputOf<F, A>>; finish?: undefined }
  | {
      run: Run<F, A, U, T, R>
      finish: (result: R, ctx: FinishCtx<U>, input: ParsedInputOf<F, A>) => Promise<OutputOf<F, A>>
    }

/** One action's handler: `handler('canteen', 'book', { access, run })` (and optionally `finish`). */
export function handler<F extends FunctionName, A extends ActionName<F>, R = never>(
  fn: F,
  action: A,
  h: { access: 'public' } & Phases<F, A, Caller | null, undefined, R>,
): Handler<F, A>
export function handler<F extends FunctionName, A extends ActionName<F>, R = never>(
  fn: F,
  action: A,
  h: { access: Own | readonly Role[]; beforePasswordChange?: boolean } & Phases<F, A, Caller, undefined, R>,
): Handler<F, A>
export function handler<F extends FunctionName, A extends ActionName<F>, T, R = never>(
  fn: F,
  action: A,
  h: { access: Guard<ParsedInputOf<F, A>, T> } & Phases<F, A, Caller, T, R>,
): Handler<F, A>
export function handler(
  fn: FunctionName,
  action: string,
  h: {
    access: Access
    beforePasswordChange?: boolean
    run: Run<any, any, any, any, any>
    finish?: (result: any, ctx: FinishCtx<any>, input: any) => Promise<any>
  },
) {
  return { fn, action, access: h.access, beforePasswordChange: h.beforePasswordChange, run: h.run, finish: h.finish }
}

export interface TimerCtx extends TxCtx {
  scheduledAt: Date
}
/**
 * A timer job runs inside the transaction that claims its tick, or, marked `standalone`, after
 * the claim commits, managing its own transactions (the notification dispatcher sends between them).
 */
export type TimerJob =
  | ((ctx: TimerCtx) => Promise<unknown>)
  | { standalone: (ctx: { runtime: Runtime; now: Date; scheduledAt: Date }) => Promise<unknown> }

export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> }

/** A cloud function's entry, as WeChat calls it; also carries its handlers for review tests. */
export interface CloudFunction<F extends FunctionName = FunctionName> {
  (event: unknown, context?: unknown): Promise<Envelope<unknown>>
  functionName: F
  handlers: Handlers<F>
}

const MAX_TX_ATTEMPTS = 4
const isRetryable = (e: unknown) => ['40001', '40P01'].includes((e as { code?: string })?.code ?? '')

/** Serialization failures and deadlocks are retried: the transaction left nothing behind. */
async function retrying<R>(work: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (e) {
      if (!isRetryable(e) || attempt >= MAX_TX_ATTEMPTS) throw e
    }
  }
}

/** A client's key for one request (retries send the same): 8–64 letters, digits, _ or -. */
const REQUEST_KEY = /^[A-Za-z0-9_-]{8,64}$/

function parseEvent(event: unknown): { action: string; input: unknown; requestKey?: string } | null | 'BAD_KEY' {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return null
  const { action, input, requestKey } = event as { action?: unknown; input?: unknown; requestKey?: unknown }
  if (typeof action !== 'string' || action.length > 64) return null
  if (requestKey !== undefined && (typeof requestKey !== 'string' || !REQUEST_KEY.test(requestKey))) return 'BAD_KEY'
  return { action, input: input === undefined ? {} : input, requestKey: requestKey as string | undefined }
}

function isTimerEvent(event: unknown): event is { TriggerName: string; Time?: string } {
  const e = event as { Type?: unknown; TriggerName?: unknown } | null
  return !!e && typeof e === 'object' && String(e.Type).toLowerCase() === 'timer' && typeof e.TriggerName === 'string'
}

/**
 * Claim a request key for this call, or find the answer an earlier call with it committed (run's
 * result, before `finish`: a replay finishes it again). Two calls with one key at once queue on
 * the key's row; a refused call left nothing, so its retry runs again. Reads and writes alike.
 */
async function claimRequestKey(
  trx: Transaction<DB>,
  userId: number,
  key: string,
  fn: string,
  action: string,
  now: Date,
): Promise<{ result: unknown } | null> {
  const claimed = await trx
    .insertInto('request_answers')
    .values({ user_id: userId, request_key: key, fn, action, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'request_key']).doNothing())
    .returning('user_id')
    .executeTakeFirst()
  if (claimed) return null
  const prev = await trx
    .selectFrom('request_answers')
    .select(['fn', 'action', 'result'])
    .where('user_id', '=', userId)
    .where('request_key', '=', key)
    .executeTakeFirst()
  if (!prev || prev.fn !== fn || prev.action !== action)
    throw new AppError('BAD_REQUEST', '这个请求标识已用于其他操作，请刷新后重试')
  return { result: prev.result }
}

/** What a disabled person's old session or OPENID is told, whatever they ask for. */
export const DISABLED_MESSAGE = '该账号已停用，请联系所在社区社工或管理员'

/**
 * Someone signed in who has not yet said where they are and what they are (no role, and no
 * community or no first use): a role action tells them to do that, not that they may not.
 */
const beforeFirstUse = (user: Caller) =>
  user.roles.length === 0 && (user.community_id === null || user.onboarded_at === null)

/** Role-level verdict; a guard then checks the record. */
function allowed(access: Access, user: Caller | null): 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DISABLED' {
  if (access === 'public') return 'ok'
  if (!user) return 'UNAUTHENTICATED'
  if (user.disabled) return 'DISABLED'
  // Any role the person holds (in any scope); a guard then checks the scope of the record.
  const holds = (roles: readonly Role[]) => roles.some((r) => user.roles.includes(r))
  if (Array.isArray(access)) return holds(access) ? 'ok' : 'FORBIDDEN'
  const roles = (access as Guard<unknown, unknown>).roles
  return roles && !holds(roles) ? 'FORBIDDEN' : 'ok'
}

/**
 * The cloud functions of an app made of `features`. A function's `main(event, context)` routes
 * `event.action` to its handler: validate input → identify and authorize (role, then the
 * access guard) → run in one transaction → commit → finish (CPU work, no transaction held) →
 * `{ ok, data }` or `{ ok: false, code, message }`.
 * The same `main` runs in WeChat's cloud and in the gateway. The host hands the runtime in the
 * context (`context.lianshe.runtime`); in WeChat's cloud the process makes its own from the
 * environment.
 */
export function functionsOf(features: readonly Feature[]) {
  let processRuntime: Runtime | null = null
  const runtimeOf = (context: unknown): Runtime =>
    (context as Partial<GatewayContext> | undefined)?.lianshe?.runtime ??
    (processRuntime ??= environmentRuntime(features))

  return function defineFunction<F extends FunctionName>(
    name: F,
    /** The function's own contract (`canteenContract`): its actions' input and output schemas. */
    spec: Contract[F],
    handlers: Handlers<F>,
    options: { timers?: Record<string, TimerJob> } = {},
  ): CloudFunction<F> {
    const actions = spec as unknown as Record<string, { input: ZodTypeAny; output: ZodTypeAny }>

    async function runTimer(
      runtime: Runtime,
      event: { TriggerName: string; Time?: string },
    ): Promise<Envelope<unknown>> {
      const job = options.timers?.[event.TriggerName]
      if (!job) return fail('UNKNOWN_ACTION', `没有定时任务 ${event.TriggerName}`)
      const scheduledAt = event.Time ? new Date(event.Time) : runtime.now()
      if (Number.isNaN(scheduledAt.getTime())) return fail('BAD_REQUEST')
      scheduledAt.setMilliseconds(0)
      const jobName = `${name}.${event.TriggerName}`
      const after = new Set<() => void | Promise<void>>()
      try {
        const db = await runtime.database()
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
          const ctx: TimerCtx = {
            db: trx,
            now: runtime.now(),
            runtime,
            scheduledAt,
            afterCommit: (fn) => void after.add(fn),
          }
          return { ran: true, result: await job(ctx) }
        })
        await runAfterCommit(after)
        if (ran.ran && typeof job !== 'function') {
          const result = await job.standalone({ runtime, now: runtime.now(), scheduledAt })
          return { ok: true, data: { ran: true, result } }
        }
        return { ok: true, data: ran }
      } catch (e) {
        log.error('timer failed', { job: jobName, error: String(e) })
        return fail('INTERNAL')
      }
    }

    const main = async function main(event: unknown, context?: unknown): Promise<Envelope<unknown>> {
      const started = Date.now()
      const identity = identify(context)
      let runtime: Runtime
      try {
        runtime = runtimeOf(context)
      } catch (e) {
        log.error('no runtime', { fn: name, error: String(e) })
        return fail('INTERNAL')
      }
      if (isTimerEvent(event)) {
        // Only the platform (no caller) may fire timers; a caller posing as a timer is refused.
        if (identity.kind !== 'timer') return fail('FORBIDDEN')
        return runTimer(runtime, event)
      }
      const parsedEvent = parseEvent(event)
      if (parsedEvent === 'BAD_KEY') return fail('BAD_REQUEST', '请求标识（requestKey）应为 8–64 位字母、数字、_ 或 -')
      if (!parsedEvent) return fail('BAD_REQUEST', '请求应包含 action（操作名）')
      const { action } = parsedEvent
      const h = Object.prototype.hasOwnProperty.call(handlers, action)
        ? (handlers as Record<string, Handler<F, any>>)[action]
        : undefined
      const spec = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
      if (!h || !spec) return fail('UNKNOWN_ACTION', `没有这个操作：${action.slice(0, 32)}`)

      const input = spec.input.safeParse(parsedEvent.input)
      if (!input.success) return fail('BAD_REQUEST', describeZodError(input.error))

      const address = clientAddress(context)
      const finish = h.finish
      try {
        const after = new Set<() => void | Promise<void>>()
        const db = await runtime.database()
        const done = await retrying(() => {
          after.clear()
          return db.transaction().execute(async (trx) => {
            const now = runtime.now()
            const resolved = await resolveUser(trx, identity, now)
            const { expired, signInMethod } = resolved
            const verdict = allowed(h.access, resolved.user)
            if (verdict === 'DISABLED') throw new AppError('FORBIDDEN', DISABLED_MESSAGE)
            // A disabled person reaches public actions as nobody: nothing answers as them.
            const user = resolved.user?.disabled ? null : resolved.user
            // A one-time password opens nothing but the change of it (an admin handed it over in the
            // clear), and says so before any role check: the holder's next step is the change.
            if (user?.must_change_password && h.access !== 'public' && !h.beforePasswordChange) {
              throw new AppError('PASSWORD_CHANGE_REQUIRED')
            }
            if (verdict === 'FORBIDDEN' && user && beforeFirstUse(user)) throw new AppError('ONBOARDING_REQUIRED')
            if (verdict !== 'ok') {
              throw new AppError(verdict === 'UNAUTHENTICATED' && expired ? 'SESSION_EXPIRED' : verdict)
            }
            const ctx: Ctx<Caller | null, unknown> = {
              db: trx,
              user,
              identity,
              signInMethod,
              address,
              now,
              runtime,
              target: undefined,
              afterCommit: (fn) => void after.add(fn),
            }
            // A request key seen before (a retry after a lost answer): the same answer, nothing done again.
            const key = user && parsedEvent.requestKey
            if (key) {
              const replay = await claimRequestKey(trx, user.id, key, name, action, now)
              if (replay) return { user, now, result: finish ? replay.result : spec.output.parse(replay.result) }
            }
            const access = h.access as Access
            if (typeof access === 'object' && 'kind' in access && access.kind === 'guard') {
              ctx.target = await access.resolve(ctx as Ctx<Caller, undefined>, input.data)
            }
            const result = await h.run(ctx, input.data)
            if (key) {
              await trx
                .updateTable('request_answers')
                .set({ result: JSON.stringify(result ?? null) })
                .where('user_id', '=', user.id)
                .where('request_key', '=', key)
                .execute()
            }
            // Output goes through its schema: fields not in the contract never leave the server.
            // With a finish phase, that happens once finish has made the output.
            return { user, now, result: finish ? result : spec.output.parse(result) }
          })
        })
        await runAfterCommit(after)
        // What run wrote is committed: finish refuses (a wrong password) or renders, and should
        // not otherwise fail, since its caller would read INTERNAL about a change that stands.
        const data = finish
          ? spec.output.parse(
              await finish(
                done.result,
                {
                  user: done.user,
                  identity,
                  address,
                  now: done.now,
                  runtime,
                  transaction: (work) => retrying(() => inTransaction(runtime, work)),
                },
                input.data,
              ),
            )
          : done.result
        log.info('call', { fn: name, action, ok: true, ms: Date.now() - started })
        return { ok: true, data }
      } catch (e) {
        if (e instanceof AppError) {
          log.info('call', { fn: name, action, ok: false, code: e.code, ms: Date.now() - started })
          return fail(e.code, e.message)
        }
        log.error('call failed', { fn: name, action, error: e instanceof Error ? e.message : String(e) })
        return fail('INTERNAL')
      }
    }
    return Object.assign(main, { functionName: name, handlers })
  }
}
