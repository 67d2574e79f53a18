import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { formatShanghai } from '../../../server/time/shanghai'

type Trx = Transaction<DB>

/** The two ratings of a challenge: the enterprise's of the taker, the taker's of the enterprise. */
export async function ratingsOf(db: Trx, challengeId: number) {
  const rows = await db.selectFrom('talent_ratings').selectAll().where('challenge_id', '=', challengeId).execute()
  const shape = (side: 'enterprise' | 'taker') => {
    const r = rows.find((x) => x.side === side)
    return r ? { score: r.score, comment: r.comment, at: formatShanghai(new Date(r.created_at)) } : null
  }
  return { byEnterprise: shape('enterprise'), byTaker: shape('taker') }
}
