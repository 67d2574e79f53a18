import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import type { SignInMethod } from '../../server/core/resolve-user'
import type { TxCtx } from '../../server/core/tx'
import { presentMe } from '../../server/people/present'
import type { Caller } from '../../server/people/roles'
import { exchangePhoneCode } from './domain/wechat-phone'

/**
 * Bind a phone number: on weapp the getPhoneNumber button's code, exchanged with WeChat after
 * the call's transaction (a network round trip must not hold the database), for the verified
 * number; on H5 typed (kept as unverified). Shown masked wherever others see it. An account
 * registered on H5 signs in with its phone, so its sign-in name follows the number.
 */
export const bindPhone = handler('user', 'bindPhone', {
  access: own("the caller's own phone number"),
  async run(ctx, { phone }) {
    return phone ? { me: await bind(ctx, ctx.user, phone, false, ctx.signInMethod ?? 'wechat') } : { me: null }
  },
  async finish({ me }, { user, transaction }, { code }) {
    if (me) return me
    const number = await exchangePhoneCode(code!)
    return transaction(async (ctx) => {
      const fresh = await ctx.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow()
      // A getPhoneNumber code only ever comes from the mini-program, signed in by WeChat.
      return bind(ctx, { ...user, ...fresh }, number, true, 'wechat')
    })
  },
})

async function bind(ctx: TxCtx, user: Caller, number: string, verified: boolean, method: SignInMethod) {
  const { db, now } = ctx
  const followsPhone = user.username !== null && user.username === user.phone
  if (followsPhone && number !== user.username) {
    const taken = await db.selectFrom('users').select('id').where('username', '=', number).executeTakeFirst()
    if (taken) refuse('CONFLICT', '该手机号已注册，不能绑定到这个账号')
  }
  const row = await db
    .updateTable('users')
    .set({
      phone: number,
      phone_verified_at: verified ? now : null,
      ...(followsPhone ? { username: number } : {}),
    })
    .where('id', '=', user.id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return presentMe(db, row, method)
}
