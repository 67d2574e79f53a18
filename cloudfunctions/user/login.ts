import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { createSession } from '../../server/auth/sessions'
import { verifyPassword } from '../../server/auth/password'
import { presentMe } from '../../server/people/present'

export const login = handler('user', 'login', {
  access: 'public',
  async run({ db, now }, { username, password }) {
    const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
    // One message for unknown user and wrong password: do not reveal which usernames exist.
    const good = await verifyPassword(password, user?.password_hash ?? null)
    if (!user || !good) return refuse('UNAUTHENTICATED', '用户名或密码不正确')
    if (user.disabled) refuse('FORBIDDEN', '该账号已停用，请联系管理员')
    const session = await createSession(db, user.id, 'password', now)
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      me: await presentMe(db, user, 'password'),
    }
  },
})
