import Taro from '@tarojs/taro'
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../contract'
import type { ActionContract } from '../../contract/define'
import { ERROR_CODES, type ErrorCode } from '../../contract/errors'
import { describeIssues } from '../../contract/problem-words'
import { knownContract, loadContract } from '../platform/contracts'
import { passwordSignIn, send } from '../platform/transport'
import { getSessionToken, setSessionToken } from './session'
import { toast as showToast } from './toast'

export const CHANGE_PASSWORD_PAGE = '/subpackages/user/password'

export const ONBOARDING_PAGE = '/subpackages/user/onboarding'

/** Someone before first use asked for a role's action: take them to choose their community and roles. */
export function goOnboarding() {
  const pages = Taro.getCurrentPages()
  const current = pages[pages.length - 1]?.route ?? ''
  if (current.includes('subpackages/user/onboarding')) return
  void Taro.navigateTo({ url: ONBOARDING_PAGE }).catch(() => null)
}

/** A one-time password must be changed before anything else: the server refuses the rest, the app goes there. */
export function goChangePassword() {
  const pages = Taro.getCurrentPages()
  const current = pages[pages.length - 1]?.route ?? ''
  if (current.includes('subpackages/user/password')) return
  void Taro.redirectTo({ url: CHANGE_PASSWORD_PAGE }).catch(() => Taro.navigateTo({ url: CHANGE_PASSWORD_PAGE }))
}

/** A refused or failed call, with the Chinese message to show. */
export class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export interface CallOptions {
  /** Text of the loading overlay; false for none (pages that draw their own loading state). */
  loading?: string | false
  /** Show the error as a toast (default true). */
  toast?: boolean
}

/** One request's key: a retry sends the same, and the server answers it as it answered the first. */
const newRequestKey = () =>
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`

/**
 * A write may be sent again after a network failure when the server knows who asks (the request
 * key is kept per person): always on weapp (OPENID), on H5 when signed in.
 */
const keyedCaller = () => !passwordSignIn || !!getSessionToken()

/** May this action be sent again after a network failure? The contract says; fetched now if need be. */
async function idempotent(fn: FunctionName, action: string, spec: ActionContract | undefined) {
  if (spec) return spec.idempotent === true
  const loaded = (await loadContract(fn).catch(() => null)) as Record<string, ActionContract> | null
  return loaded?.[action]?.idempotent === true
}

/**
 * The one way the client talks to the server: `call('user', 'me', {})`.
 * Typed by the contract. Checked before sending when the function's schemas are here (weapp: in
 * the subpackage of its feature, see platform/contracts.weapp.ts; H5: once loaded, see
 * platform/contracts.h5.ts) — a call never waits for them: the server checks every input with the
 * same Chinese words. Each call carries a request key; after a network failure it is sent once
 * more with the same key — the server answers a key it has seen with the answer it gave
 * (define-function.ts), so a booking whose answer was lost is not made twice. Without a known
 * caller (signed out on H5) only actions the contract marks idempotent are retried (weapp: when its
 * subpackage has registered the contract).
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  options: CallOptions = {},
): Promise<OutputOf<F, A>> {
  const { loading = '加载中', toast = true } = options
  try {
    const known = knownContract(fn) as Record<string, ActionContract> | null
    const spec = known?.[action]
    if (known && !spec) throw new CallError('UNKNOWN_ACTION', ERROR_CODES.UNKNOWN_ACTION)
    let body: unknown = input
    if (spec) {
      const parsed = spec.input.safeParse(input)
      if (!parsed.success) throw new CallError('BAD_REQUEST', describeIssues(parsed.error.issues))
      body = parsed.data
    }
    if (loading) Taro.showLoading({ title: loading, mask: true })
    const event = { action, input: body, requestKey: newRequestKey() }
    let result = await send(fn, event)
    if (!result.ok && result.code === 'NETWORK' && (keyedCaller() || (await idempotent(fn, action, spec)))) {
      result = await send(fn, event)
    }
    // Refused input: the schemas come now, so the corrected form is checked before it is sent.
    if (!result.ok && result.code === 'BAD_REQUEST' && !known) void loadContract(fn).catch(() => null)
    if (loading) Taro.hideLoading()
    if (!result.ok) {
      if (result.code === 'SESSION_EXPIRED') setSessionToken(null)
      if (result.code === 'PASSWORD_CHANGE_REQUIRED') goChangePassword()
      if (result.code === 'ONBOARDING_REQUIRED') goOnboarding()
      throw new CallError(result.code, result.message || ERROR_CODES[result.code] || ERROR_CODES.INTERNAL)
    }
    return result.data as OutputOf<F, A>
  } catch (e) {
    const err = e instanceof CallError ? e : new CallError('INTERNAL', ERROR_CODES.INTERNAL)
    if (toast) showToast(err.message, { duration: 2500 })
    throw err
  }
}
