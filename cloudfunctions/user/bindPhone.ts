import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'
import { exchangePhoneCode } from './domain/wechat-phone'

/**
 * Bind a phone number: on weapp the getPhoneNumber button's code, exchanged by WeChat for the
 * verified number; on H5 typed (kept as unverified). Shown masked wherever others see it. An
 * account registered on H5 signs in with its phone, so its sign-in name follows the number.
 */
export const bindPhone = handler('user', 'bindPhone', {
  access: own("the caller's own phone number"),
  async run({ db, user, now, signInMethod }, { phone, code }) {
    const number = code ? await exchangePhoneCode(code) : phone!
    const followsPhone = user.username !== null && user.username === user.phone
    if (followsPhone && number !== user.username) {
      const taken = await db.selectFrom('users').select('id').where('username', '=', number).executeTakeFirst()
      if (taken) refuse('CONFLICT', '该手机号已注册，不能绑定到这个账号')
    }
    const row = await db
      .updateTable('users')
      .set({
        phone: number,
        phone_verified_at: code ? now : null,
        ...(followsPhone ? { username: number } : {}),
      })
      .where('id', '=', user.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return presentMe(db, row, signInMethod ?? 'wechat')
  },
})
