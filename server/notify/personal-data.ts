import type { PersonalData } from '../core/feature'

/** A person's messages: their inbox, the notifications queued for them, their grants and mutes. */
export const notificationsPersonalData: PersonalData = {
  tables: ['notifications', 'inbox', 'subscribe_grants', 'notification_settings'],
  goes: ['消息：收件箱、待发送的通知、订阅授权和免打扰设置'],
  stays: [],
  async export({ db }, userId) {
    const inbox = await db
      .selectFrom('inbox')
      .select(['title', 'body', 'category', 'created_at as createdAt', 'read_at as readAt'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()
    const settings = await db
      .selectFrom('notification_settings')
      .select('muted')
      .where('user_id', '=', userId)
      .executeTakeFirst()
    const grants = await db
      .selectFrom('subscribe_grants')
      .select(['kind', 'remaining'])
      .where('user_id', '=', userId)
      .execute()
    return { messages: inbox, mutedCategories: settings?.muted ?? [], subscribeGrants: grants }
  },
  async erase({ db }, userId) {
    await db.deleteFrom('inbox').where('user_id', '=', userId).execute()
    await db.deleteFrom('notifications').where('user_id', '=', userId).execute()
    await db.deleteFrom('subscribe_grants').where('user_id', '=', userId).execute()
    await db.deleteFrom('notification_settings').where('user_id', '=', userId).execute()
  },
}
