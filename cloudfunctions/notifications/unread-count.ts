import type { Transaction } from 'kysely'
import type { DB } from '../../server/db/schema'

export async function unreadCount(db: Transaction<DB>, userId: number): Promise<number> {
  const { n } = await db
    .selectFrom('inbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(n)
}
