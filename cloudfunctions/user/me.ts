import { handler } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'
import { hashToken } from '../../server/auth/sessions'

export const me = handler<'user', 'me', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, identity }) {
    if (identity.kind !== 'session') return presentMe(db, user, 'wechat')
    const session = await db
      .selectFrom('sessions')
      .select('method')
      .where('token_hash', '=', hashToken(identity.token))
      .executeTakeFirstOrThrow()
    return presentMe(db, user, session.method)
  },
})
