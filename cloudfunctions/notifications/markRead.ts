import { handler, own } from '../../server/core/define-function'
import { unreadCount } from './unread-count'

/** Mark one's own messages read; ids of someone else's messages match nothing. */
export const markRead = handler('notifications', 'markRead', {
  access: own("marks the caller's own messages"),
  async run({ db, user, now }, input) {
    let q = db.updateTable('inbox').set({ read_at: now }).where('user_id', '=', user.id).where('read_at', 'is', null)
    if ('ids' in input) q = q.where('id', 'in', input.ids)
    const r = await q.executeTakeFirst()
    return { marked: Number(r.numUpdatedRows), unread: await unreadCount(db, user.id) }
  },
})
