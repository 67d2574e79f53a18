import { handler, own } from '../../server/core/define-function'

/** Muted categories get no push; their messages still reach the inbox. */
export const setMuted = handler('notifications', 'setMuted', {
  access: own("the caller's push settings"),
  async run({ db, user }, { muted }) {
    const unique = [...new Set(muted)]
    await db
      .insertInto('notification_settings')
      .values({ user_id: user.id, muted: unique })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ muted: unique }))
      .execute()
    return { muted: unique }
  },
})
