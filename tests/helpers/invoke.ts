import type { Envelope } from '../../contract/errors'

type Main = (event: unknown, context?: unknown) => Promise<unknown>

/** Call a cloud function's main as the gateway would, with an optional session token. */
export async function invoke<T = any>(
  main: Main,
  action: string,
  input?: unknown,
  token?: string,
): Promise<Envelope<T>> {
  return (await main({ action, input }, { lianshe: { sessionToken: token } })) as Envelope<T>
}

/** Same call, asserting success; returns data. */
export async function invokeOk<T = any>(main: Main, action: string, input?: unknown, token?: string): Promise<T> {
  const r = await invoke<T>(main, action, input, token)
  if (!r.ok) throw new Error(`${action} failed: ${r.code} ${r.message}`)
  return r.data
}

/** Sign in as the demo account of a role (requires demo mode and seeded demo users). */
export async function demoToken(userMain: Main, role: string): Promise<string> {
  const data = await invokeOk<{ token: string }>(userMain, 'demoLogin', { role })
  return data.token
}
