import { sql, type Kysely } from 'kysely'

// H5 uploads are kept in the database, not on one gateway's disk: every gateway on the same
// PostgreSQL serves every file, and the data and its files are in one backup. Files stored on
// disk before this are read into the column by the gateway at start (gateway/uploads.ts).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table uploads add column data bytea`.execute(db)
}
