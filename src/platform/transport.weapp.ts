import Taro from '@tarojs/taro'
import { fail, type Envelope } from '../../contract/errors'

/** weapp: identity is the caller's OPENID, which WeChat gives the function. No sessions. */
export const passwordSignIn = false

export async function send(
  fn: string,
  event: { action: string; input: unknown; requestKey?: string },
): Promise<Envelope<unknown>> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: event })
    return res.result as Envelope<unknown>
  } catch {
    return fail('NETWORK')
  }
}
