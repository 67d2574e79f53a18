import { refuse } from '../../server/core/app-error'
import { DISABLED_MESSAGE, handler } from '../../server/core/define-function'
import { createSession } from '../../server/auth/sessions'
import { verifyPassword } from '../../server/auth/password'
import { presentMe } from '../../server/people/present'
import { claimAttempt, forgive, throttleKeys } from './domain/throttle'

/**
 * Staff sign-in with username and password, in three steps so that the password hash (tens of
 * ms of CPU) never runs while a transaction holds the database:
 * 1. run (the call's transaction): count the attempt against the account and the address, or
 *    refuse when either is throttled; read the stored hash;
 * 2. finish, outside any transaction: check the password;
 * 3. a second short transaction: the session (and the attempt forgiven).
 */
export const login = handler('user', 'login', {
  access: 'public',
  async run({ db, now, address }, { username }) {
    await claimAttempt(db, throttleKeys(username, address), now)
    const user = await db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('username', '=', username)
      .executeTakeFirst()
    return { userId: user?.id ?? null, hash: user?.password_hash ?? null }
  },
  async finish({ userId, hash }, { transaction, address }, { username, password }) {
    // One message for unknown user and wrong password: do not reveal which usernames exist.
    // (verifyPassword does the same work for an unknown user.)
    const good = await verifyPassword(password, hash)
    if (userId === null || !good) return refuse('UNAUTHENTICATED', '用户名或密码不正确')
    return transaction(async ({ db, now }) => {
      const user = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst()
      // Changed while we hashed: the password checked is no longer this account's.
      if (!user || user.password_hash !== hash) return refuse('UNAUTHENTICATED', '用户名或密码不正确')
      if (user.disabled) refuse('FORBIDDEN', DISABLED_MESSAGE)
      await forgive(db, throttleKeys(username, address))
      const session = await createSession(db, user.id, 'password', now)
      return {
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        me: await presentMe(db, user, 'password'),
      }
    })
  },
})
