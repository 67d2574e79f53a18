import { handler } from '../../server/core/define-function'
import { LIVE_CLAIM, wishKeeper } from './domain/claims'
import { presentWishes } from './domain/wishes'

/** Wishes of the community nobody has claimed for `days` days, oldest first: the 社工 goes looking for a giver. */
export const staleWishes = handler('demands', 'staleWishes', {
  access: wishKeeper('communityId', { roles: ['social_worker', 'admin'] }),
  async run({ db, user, now, target }, { days }) {
    const before = new Date(now.getTime() - days * 86_400_000)
    const rows = await db
      .selectFrom('wishes as w')
      .select('w.id')
      .where('w.community_id', '=', target.id)
      .where('w.fulfilled_at', 'is', null)
      .where('w.created_at', '<=', before)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('wish_claims as k')
              .select('k.id')
              .whereRef('k.wish_id', '=', 'w.id')
              .where('k.status', 'in', [...LIVE_CLAIM]),
          ),
        ),
      )
      .orderBy('w.created_at')
      .limit(100)
      .execute()
    return {
      days,
      items: await presentWishes(
        db,
        rows.map((r) => r.id),
        user.id,
      ),
    }
  },
})
