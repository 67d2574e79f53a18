import { handler } from '../../server/core/define-function'
import { deleteSession } from '../../server/auth/sessions'

export const logout = handler('user', 'logout', {
  access: 'public',
  async run({ db, identity }) {
    return { signedOut: identity.kind === 'session' ? await deleteSession(db, identity.token) : false }
  },
})
