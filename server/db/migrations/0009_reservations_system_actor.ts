import { sql, type Kysely } from 'kysely'

// Timers used to record themselves as user 0 when they cancelled a reservation (an expired
// offer); the system is now recorded as no user at all.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update reservations set cancelled_by = null where cancelled_by = 0`.execute(db)
}
