import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'

type Trx = Transaction<DB>

function milestonesQuery(db: Trx) {
  return db
    .selectFrom('talent_milestones')
    .select(['id', 'seq', 'title', 'status', 'note', 'challenge_id'])
    .select(sql<string>`due_date::text`.as('due_date'))
}

const present = (m: Awaited<ReturnType<ReturnType<typeof milestonesQuery>['execute']>>[number]) => ({
  id: m.id,
  seq: m.seq,
  title: m.title,
  dueDate: m.due_date,
  status: m.status,
  note: m.note,
})

export async function milestonesOf(db: Trx, challengeId: number) {
  return (await milestonesQuery(db).where('challenge_id', '=', challengeId).orderBy('seq').execute()).map(present)
}

export async function milestoneById(db: Trx, id: number) {
  return present(await milestonesQuery(db).where('id', '=', id).executeTakeFirstOrThrow())
}
