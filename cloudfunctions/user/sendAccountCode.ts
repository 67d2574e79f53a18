import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { deliverCode, issueCode } from './domain/sms-code'
import { claimAttempt, smsKeys } from './domain/throttle'

/**
 * 设置/找回密码: a code sent to the signed-in account's own phone (the page never sends a number,
 * so a session cannot have a code sent elsewhere). The same code store and throttles as sign-up
 * codes (sendCode): one a minute and 5 an hour per phone, 20 an hour per address.
 */
export const sendAccountCode = handler('user', 'sendAccountCode', {
  access: own("the caller's own phone"),
  async run({ db, user, now, address }) {
    if (!user.phone) return refuse('BAD_REQUEST', '该账号没有绑定手机号，无法发送验证码')
    const code = await issueCode(db, user.phone, now)
    await claimAttempt(db, smsKeys(user.phone, address), now)
    return { phone: user.phone, code }
  },
  async finish({ phone, code }, { runtime }) {
    return deliverCode(runtime, phone, code)
  },
})
