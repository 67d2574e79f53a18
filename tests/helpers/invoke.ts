import type { Envelope } from '../../contract/errors'
import type { Runtime } from '../../server/core/runtime'
import type { recordingSms } from '../../server/sms/recording'

type RecordingSms = ReturnType<typeof recordingSms>

type Main = (event: unknown, context?: unknown) => Promise<unknown>

/** Calls into cloud functions as a host would: the runtime in the context, an optional session token. */
export function callers(runtime: () => Runtime) {
  async function invoke<T = any>(main: Main, action: string, input?: unknown, token?: string): Promise<Envelope<T>> {
    return (await main({ action, input }, { lianshe: { sessionToken: token, runtime: runtime() } })) as Envelope<T>
  }
  /** Same call, asserting success; returns data. */
  async function invokeOk<T = any>(main: Main, action: string, input?: unknown, token?: string): Promise<T> {
    const r = await invoke<T>(main, action, input, token)
    if (!r.ok) throw new Error(`${action} failed: ${r.code} ${r.message}`)
    return r.data
  }
  /**
   * A call as WeChat's cloud would make it for a mini-program user: the OPENID comes with the
   * call's context (as cloud.getWXContext() gives it), never in the request.
   */
  async function invokeWx<T = any>(main: Main, action: string, input: unknown, openid: string): Promise<Envelope<T>> {
    return (await main({ action, input }, { lianshe: { openid, runtime: runtime() } })) as Envelope<T>
  }
  /** Sign in as the demo account of a role (requires demo mode and seeded demo users). */
  async function demoToken(userMain: Main, role: string): Promise<string> {
    const data = await invokeOk<{ token: string }>(userMain, 'demoLogin', { role })
    return data.token
  }
  /**
   * H5 sign-up as a person does it: a code sent to the phone (read from the runtime's recording
   * SMS sender), then the phone, the code and a name (and a password when given).
   */
  async function signUp<T = any>(userMain: Main, phone: string, displayName: string, password?: string): Promise<T> {
    await invokeOk(userMain, 'sendCode', { phone })
    const code = (runtime().sms!() as RecordingSms).lastTo(phone)?.code
    return invokeOk<T>(userMain, 'register', { phone, code, displayName, ...(password ? { password } : {}) })
  }
  /** The raw main with this host's context, for events that are not actions (timers, bad events). */
  const withContext =
    (main: Main, lianshe: { sessionToken?: string; trigger?: boolean } = {}) =>
    (event: unknown) =>
      main(event, { lianshe: { ...lianshe, runtime: runtime() } })
  return { invoke, invokeOk, invokeWx, demoToken, signUp, withContext }
}
export type Callers = ReturnType<typeof callers>
