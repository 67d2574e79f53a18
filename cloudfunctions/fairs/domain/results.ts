import type { Transaction } from 'kysely'
import { sql } from 'kysely'
import { HIRE_WINDOW_DAYS } from '../../../contract/fairs'
import type { DB } from '../../../server/db/schema'
import type { Fair } from './access'

type Trx = Transaction<DB>

/** Per booth of a fair: its enterprise and its 投递, 达成意向 and hires within 30 days. */
export async function boothResults(db: Trx, fair: Fair) {
  const rows = await db
    .selectFrom('fair_booths as b')
    .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .leftJoin('fair_applications as a', 'a.booth_id', 'b.id')
    .select([
      'b.id',
      'e.name',
      sql<string>`count(a.id)`.as('applications'),
      sql<string>`count(a.intent_at)`.as('intents'),
      sql<string>`count(a.id) filter (where a.hired_at <= ${new Date(fair.ends_at)}::timestamptz + make_interval(days => ${HIRE_WINDOW_DAYS}))`.as(
        'hires',
      ),
    ])
    .where('b.fair_id', '=', fair.id)
    .where('b.cancelled_at', 'is', null)
    .groupBy(['b.id', 'e.name'])
    .orderBy('b.id')
    .execute()
  return rows.map((r) => ({
    enterpriseName: r.name,
    applications: Number(r.applications),
    intents: Number(r.intents),
    hires: Number(r.hires),
  }))
}
