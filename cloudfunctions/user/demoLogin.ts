import { settings } from '../../server/config'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { createSession } from '../../server/auth/sessions'
import { presentMe } from '../../server/people/present'

export const demoLogin = handler('user', 'demoLogin', {
  access: 'public',
  async run({ db, now }, { role }) {
    if (!settings.demo) refuse('UNAVAILABLE', '演示登录仅在演示模式下可用')
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('demo', '=', true)
      .where('role', '=', role)
      .orderBy('id')
      .executeTakeFirst()
    if (!user) return refuse('NOT_FOUND', '没有这个角色的演示账号，请先导入演示数据')
    const session = await createSession(db, user.id, 'demo', now)
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), me: await presentMe(db, user, 'demo') }
  },
})
