import { handler, own } from '../../server/core/define-function'
import { unreadCount } from './unread-count'

/** The tab badge. */
export const unread = handler('notifications', 'unread', {
  access: own("the caller's unread count"),
  run: async ({ db, user }) => ({ unread: await unreadCount(db, user.id) }),
})
