import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'

export const me = handler('user', 'me', {
  access: own('the caller themselves'),
  beforePasswordChange: true,
  async run({ db, user, signInMethod }) {
    return presentMe(db, user, signInMethod ?? 'wechat')
  },
})
