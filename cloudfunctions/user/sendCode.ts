import { refuse } from '../../server/core/app-error'
import { settings } from '../../server/config'
import { handler } from '../../server/core/define-function'
import { log } from '../../server/core/log'
import { maskPhone } from '../../server/people/mask'
import { smsSenderFromEnvironment } from '../../server/sms/config'
import type { SmsSender } from '../../server/sms/types'
import { issueCode, SMS_CODE } from './domain/sms-code'
import { claimAttempt, smsKeys } from './domain/throttle'

/**
 * H5 sign-up and sign-in: a 6-digit code sent by SMS to the phone (the phone is proven by it; on
 * weapp WeChat's getPhoneNumber proves it instead). Throttled: one send a minute per phone, 5 an
 * hour per phone, 20 an hour per address. The code is stored hashed in the call's transaction and
 * sent after commit (finish) through the runtime's sender — Tencent Cloud SMS where configured,
 * the recording sender locally; demo mode also answers it, to be shown on screen.
 */
// The environment's sender, made once per process (a host may give its own: runtime.sms).
let environmentSms: SmsSender | null = null
const smsOf = (runtime: { sms?: () => SmsSender }) => runtime.sms?.() ?? (environmentSms ??= smsSenderFromEnvironment())

export const sendCode = handler('user', 'sendCode', {
  access: 'public',
  async run({ db, now, address }, { phone }) {
    const code = await issueCode(db, phone, now)
    await claimAttempt(db, smsKeys(phone, address), now)
    return { code }
  },
  async finish({ code }, { runtime }, { phone }) {
    const sender = smsOf(runtime)
    const sent = await sender.send({ phone, code, minutes: SMS_CODE.minutes })
    if (!sent.ok) {
      log.warn('sms not sent', { sender: sender.name, code: sent.code, message: sent.message })
      return refuse('UNAVAILABLE', '验证码短信发送失败，请稍后再试')
    }
    return {
      sentTo: maskPhone(phone) ?? '',
      resendAfterSeconds: SMS_CODE.resendSeconds,
      minutes: SMS_CODE.minutes,
      demoCode: settings.demo ? code : null,
    }
  },
})
