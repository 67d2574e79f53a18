import type { Kysely } from 'kysely'

// Interest groups made and kept in the app by the community's 社工 (issue 21): a cover picture and
// archiving (an archived group takes no members or activities; its history stays).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('activity_groups')
    // A weapp cloud file id or a small JPEG data URL (H5), as the rider photo path makes them.
    .addColumn('cover', 'text')
    .addColumn('archived_at', 'timestamptz')
    .execute()
}
