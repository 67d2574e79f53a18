import type { NotifyCategory } from '../../contract/notifications'
import { handler, own } from '../../server/core/define-function'
import { unreadCount } from './unread-count'

/** One's own messages, newest first. */
export const inbox = handler('notifications', 'inbox', {
  access: own("the caller's inbox"),
  async run({ db, user }, { before, limit }) {
    let q = db
      .selectFrom('inbox')
      .select(['id', 'kind', 'category', 'title', 'body', 'page', 'created_at', 'read_at'])
      .where('user_id', '=', user.id)
      .orderBy('id', 'desc')
      .limit(limit + 1)
    if (before) q = q.where('id', '<', before)
    const rows = await q.execute()
    return {
      items: rows.slice(0, limit).map((r) => ({
        id: Number(r.id),
        kind: r.kind,
        category: r.category as NotifyCategory,
        title: r.title,
        body: r.body,
        page: r.page,
        createdAt: new Date(r.created_at).toISOString(),
        read: r.read_at !== null,
      })),
      unread: await unreadCount(db, user.id),
      more: rows.length > limit,
    }
  },
})
