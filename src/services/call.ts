import Taro from '@tarojs/taro'
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../contract'
import type { ActionContract } from '../../contract/define'
import { ERROR_CODES, type ErrorCode } from '../../contract/errors'
import { describeZodError } from '../../contract/zod-zh'
import { loadContract } from '../platform/contracts'
import { send } from '../platform/transport'
import { setSessionToken } from './session'
import { toast as showToast } from './toast'

export const CHANGE_PASSWORD_PAGE = '/subpackages/account/password'

/** A one-time password must be changed before anything else: the server refuses the rest, the app goes there. */
export function goChangePassword() {
  const pages = Taro.getCurrentPages()
  const current = pages[pages.length - 1]?.route ?? ''
  if (current.includes('subpackages/account/password')) return
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

/** One action's contract; a contract chunk that cannot be fetched is a network failure. */
async function specOf(fn: FunctionName, action: string): Promise<ActionContract> {
  let functionContract: Record<string, ActionContract>
  try {
    functionContract = await loadContract(fn)
  } catch {
    throw new CallError('NETWORK', ERROR_CODES.NETWORK)
  }
  const spec = functionContract[action]
  if (!spec) throw new CallError('UNKNOWN_ACTION', ERROR_CODES.UNKNOWN_ACTION)
  return spec
}

/**
 * The one way the client talks to the server: `call('user', 'me', {})`.
 * Typed by the contract, validated before sending (same Chinese messages as the server),
 * retried once after a network failure only when the contract marks the action idempotent.
 * The function's contract is loaded on its first call (H5: its own chunk, see
 * platform/contracts.h5.ts), so a page downloads the schemas of the functions it calls only.
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  options: CallOptions = {},
): Promise<OutputOf<F, A>> {
  const { loading = '加载中', toast = true } = options
  try {
    const spec = await specOf(fn, action)
    const parsed = spec.input.safeParse(input)
    if (!parsed.success) throw new CallError('BAD_REQUEST', describeZodError(parsed.error))
    if (loading) Taro.showLoading({ title: loading, mask: true })
    const attempts = spec.idempotent ? 2 : 1
    let result = await send(fn, { action, input: parsed.data })
    for (let i = 1; i < attempts && !result.ok && result.code === 'NETWORK'; i++) {
      result = await send(fn, { action, input: parsed.data })
    }
    if (loading) Taro.hideLoading()
    if (!result.ok) {
      if (result.code === 'SESSION_EXPIRED') setSessionToken(null)
      if (result.code === 'PASSWORD_CHANGE_REQUIRED') goChangePassword()
      throw new CallError(result.code, result.message || ERROR_CODES[result.code] || ERROR_CODES.INTERNAL)
    }
    return result.data as OutputOf<F, A>
  } catch (e) {
    const err = e instanceof CallError ? e : new CallError('INTERNAL', ERROR_CODES.INTERNAL)
    if (toast) showToast(err.message, { duration: 2500 })
    throw err
  }
}
