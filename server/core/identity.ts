import type { Runtime } from './runtime'

/**
 * Who is calling, as told by the platform — never by the request body.
 * - WeChat cloud: the OPENID WeChat puts in the function's context (cloud.getWXContext()).
 * - Local gateway: the session token from the Authorization header, passed in `context.lianshe`.
 * - Timer trigger: no caller at all.
 */
export type Identity =
  { kind: 'wechat'; openid: string } | { kind: 'session'; token: string } | { kind: 'anonymous' } | { kind: 'timer' }

/** What a host (the local gateway, a test, a bench) passes as a function's second argument. */
export interface GatewayContext {
  lianshe: {
    sessionToken?: string
    /**
     * A WeChat identity given by a test harness or bench standing in for WeChat's cloud (which
     * puts the OPENID in the function's context). The gateway never sets it: it has no WeChat.
     */
    openid?: string
    /** The client's network address as the host saw it (the socket, or a trusted proxy's header). */
    clientAddress?: string
    trigger?: boolean
    runtime?: Runtime
  }
}

export const inWeChatCloud = () => Boolean(process.env.TENCENTCLOUD_RUNENV || process.env.WX_CLOUD_ENV)

let wxSdk: any = null
/** wx-server-sdk, initialised. Loaded only in WeChat's cloud: offline it throws unhandled rejections that crash Node. */
export function wxCloud(): any {
  if (!wxSdk) {
    wxSdk = require('wx-server-sdk')
    wxSdk.init({ env: wxSdk.DYNAMIC_CURRENT_ENV })
  }
  return wxSdk
}
const wxContext = (): { OPENID?: string; CLIENTIP?: string; CLIENTIPV6?: string } => wxCloud().getWXContext()

/**
 * Where the call comes from, as the platform tells it (sign-in throttling counts per address):
 * the gateway's `clientAddress`, or in WeChat's cloud the CLIENTIP of the function's context.
 * Never a field of the request. Null when the host knows none (a test, a timer).
 */
export function clientAddress(context: unknown): string | null {
  const gw = (context as Partial<GatewayContext> | undefined)?.lianshe
  if (gw) return typeof gw.clientAddress === 'string' && gw.clientAddress ? gw.clientAddress.slice(0, 64) : null
  if (inWeChatCloud()) {
    const wx = wxContext()
    return wx.CLIENTIP || wx.CLIENTIPV6 || null
  }
  return null
}

export function identify(context: unknown): Identity {
  const gw = (context as Partial<GatewayContext> | undefined)?.lianshe
  if (gw) {
    if (gw.trigger) return { kind: 'timer' }
    if (gw.openid) return { kind: 'wechat', openid: gw.openid }
    return gw.sessionToken ? { kind: 'session', token: gw.sessionToken } : { kind: 'anonymous' }
  }
  if (inWeChatCloud()) {
    const openid = wxContext().OPENID
    // A timer trigger has no OPENID; a mini-program call always has one.
    return openid ? { kind: 'wechat', openid } : { kind: 'timer' }
  }
  return { kind: 'anonymous' }
}
