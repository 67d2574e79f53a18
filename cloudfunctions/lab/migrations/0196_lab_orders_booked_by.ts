import { sql, type Kysely } from 'kysely'

// 首页「接下来」 asks on every home load for a liaison's next drop-off (next.ts): the orders a person
// booked and has not yet handed in, by date, without reading the lab's whole order book.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index lab_orders_booked_by on lab_orders (user_id, dropoff_date) where status = 'booked'`.execute(db)
}
