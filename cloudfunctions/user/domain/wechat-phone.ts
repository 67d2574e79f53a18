import { refuse } from '../../../server/core/app-error'
import { inWeChatCloud, wxCloud } from '../../../server/core/identity'
import { log } from '../../../server/core/log'

/** The part of wx-server-sdk's openapi this uses (a test passes its own). */
export interface PhoneOpenapi {
  phonenumber: { getPhoneNumber(req: { code: string }): Promise<unknown> }
}

/** What we send WeChat: the one-time code from the button (valid 5 minutes, usable once). */
export const phoneNumberRequest = (code: string) => ({ code })

/**
 * The phone number WeChat verified for the code the mini-program's getPhoneNumber button gave
 * (cloud call `openapi.phonenumber.getPhoneNumber`, permission in config.json). Only in WeChat's
 * cloud: elsewhere there is no WeChat to ask, and the person types the number instead.
 */
export async function exchangePhoneCode(code: string, openapi?: PhoneOpenapi): Promise<string> {
  const api = openapi ?? (inWeChatCloud() ? (wxCloud().openapi as PhoneOpenapi) : null)
  // BAD_REQUEST, not UNAVAILABLE: nothing is down, the request cannot be served here (the gateway answers 503 for UNAVAILABLE).
  if (!api) return refuse('BAD_REQUEST', '微信手机号快速验证仅在微信小程序中可用，请直接输入手机号')
  let res: Record<string, any>
  try {
    res = (await api.phonenumber.getPhoneNumber(phoneNumberRequest(code))) as Record<string, any>
  } catch (e) {
    // The SDK throws on a WeChat error (40029: the code is invalid or used).
    log.info('getPhoneNumber refused', { errCode: (e as { errCode?: number })?.errCode ?? null })
    return refuse('BAD_REQUEST', '手机号授权已失效，请重新点击获取手机号')
  }
  const errCode = res.errCode ?? res.errcode ?? 0
  const info = (res.phoneInfo ?? res.phone_info) as
    { purePhoneNumber?: string; countryCode?: string | number } | undefined
  if (errCode !== 0 || !info?.purePhoneNumber) return refuse('BAD_REQUEST', '手机号授权已失效，请重新点击获取手机号')
  if (String(info.countryCode ?? '86') !== '86') return refuse('BAD_REQUEST', '目前仅支持中国大陆手机号')
  return info.purePhoneNumber
}
