import { sql, type Kysely } from 'kysely'

// The 账号 subpackage is now src/subpackages/user (named as its function) and the 消息 tab page
// src/pages/notifications: notices already sent keep the page they open, so their links move too.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['notifications', 'inbox']) {
    await sql`update ${sql.table(table)}
      set page = replace(replace(page, '/subpackages/account/', '/subpackages/user/'), '/pages/inbox/', '/pages/notifications/')
      where page like '/subpackages/account/%' or page like '/pages/inbox/%'`.execute(db)
  }
}
