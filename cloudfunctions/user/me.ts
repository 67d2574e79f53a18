import { handler } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'

export const me = handler<'user', 'me', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, signInMethod }) {
    return presentMe(db, user, signInMethod ?? 'wechat')
  },
})
