import { handler } from '../../server/core/define-function'
import { unreadCount } from './unread-count'

/** The tab badge. */
export const unread = handler<'notifications', 'unread', 'signed-in'>({
  access: 'signed-in',
  run: async ({ db, user }) => ({ unread: await unreadCount(db, user.id) }),
})
