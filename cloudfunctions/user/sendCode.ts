import { handler } from '../../server/core/define-function'
import { deliverCode, issueCode } from './domain/sms-code'
import { claimAttempt, smsKeys } from './domain/throttle'

/**
 * H5 sign-up and sign-in: a 6-digit code sent by SMS to the phone (the phone is proven by it; on
 * weapp WeChat's getPhoneNumber proves it instead). Throttled: one send a minute per phone, 5 an
 * hour per phone, 20 an hour per address. The code is stored hashed in the call's transaction and
 * sent after commit (finish) through the runtime's sender — Tencent Cloud SMS where configured,
 * the recording sender locally; demo mode also answers it, to be shown on screen.
 */
export const sendCode = handler('user', 'sendCode', {
  access: 'public',
  async run({ db, now, address }, { phone }) {
    const code = await issueCode(db, phone, now)
    await claimAttempt(db, smsKeys(phone, address), now)
    return { code }
  },
  async finish({ code }, { runtime }, { phone }) {
    return deliverCode(runtime, phone, code)
  },
})
