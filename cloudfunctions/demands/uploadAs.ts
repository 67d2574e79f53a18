import { handler, own } from '../../server/core/define-function'

/**
 * Before the gateway stores an H5 upload it asks this, so POST /upload follows the rules every
 * action does (signed in, account not disabled, one-time password changed): who uploads.
 */
export const uploadAs = handler('demands', 'uploadAs', {
  access: own('the caller uploads files of their own'),
  async run({ user }) {
    return { userId: user.id }
  },
})
