import { sql, type Kysely } from 'kysely'

// An enterprise's liaison may cancel an order before the samples are received (issue 27): the
// status 已取消 and when it was cancelled (who is in the reservation the cancel frees).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table lab_orders drop constraint lab_orders_status_check`.execute(db)
  await sql`alter table lab_orders add constraint lab_orders_status_check
    check (status in ('booked','received','testing','reported','returned','cancelled'))`.execute(db)
  await sql`alter table lab_orders add column cancelled_at timestamptz`.execute(db)
}
