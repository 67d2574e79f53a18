import type { NotifyCategory } from '../../contract/notifications'
import { handler, own } from '../../server/core/define-function'

export const settings = handler('notifications', 'settings', {
  access: own("the caller's push settings"),
  async run({ db, user }) {
    const row = await db
      .selectFrom('notification_settings')
      .select('muted')
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    return { muted: (row?.muted ?? []) as NotifyCategory[] }
  },
})
