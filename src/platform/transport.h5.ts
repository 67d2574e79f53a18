import { fail, type Envelope } from '../../contract/errors'
import { getSessionToken } from '../services/session'

/** H5 signs staff and demo users in with a session (the gateway's); weapp uses WeChat identity. */
export const passwordSignIn = true

const API_BASE = process.env.TARO_APP_API_BASE || ''

export async function send(
  fn: string,
  event: { action: string; input: unknown; requestKey?: string },
): Promise<Envelope<unknown>> {
  const token = getSessionToken()
  let res: Response
  try {
    res = await fetch(`${API_BASE}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(event),
    })
  } catch {
    return fail('NETWORK')
  }
  try {
    return (await res.json()) as Envelope<unknown>
  } catch {
    return fail(res.status >= 500 ? 'INTERNAL' : 'NETWORK')
  }
}
