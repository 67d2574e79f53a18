import { sql } from 'kysely'
import { WISH_CATEGORIES, CLAIMER_KINDS } from '../../contract/demands'
import { handler } from '../../server/core/define-function'
import { communityShown } from '../../server/people/community-shown'
import { maskName } from '../../server/people/mask'
import { LIVE_CLAIM } from './domain/claims'

/** 圆梦墙: a community's fulfilled wishes with their thanks (wishers masked), and how many are open, in hand, fulfilled. */
export const wishWall = handler('demands', 'wishWall', {
  access: 'public',
  async run({ db, user }, input) {
    const community = await communityShown(db, user, input.communityId)
    const counts = await db
      .selectFrom('wishes as w')
      .select([
        sql<number>`count(*) filter (where w.fulfilled_at is not null)`.as('fulfilled'),
        sql<number>`count(*) filter (where w.fulfilled_at is null and exists (
          select 1 from wish_claims k where k.wish_id = w.id and k.status in (${sql.join([...LIVE_CLAIM])})))`.as(
          'in_progress',
        ),
        sql<number>`count(*) filter (where w.fulfilled_at is null)`.as('not_fulfilled'),
      ])
      .where('w.community_id', '=', community.id)
      .executeTakeFirstOrThrow()
    const rows = await db
      .selectFrom('wish_claims as k')
      .innerJoin('wishes as w', 'w.id', 'k.wish_id')
      .innerJoin('users as u', 'u.id', 'w.user_id')
      .select([
        'w.id',
        'w.title',
        'w.category',
        'u.display_name',
        'k.claimer_label',
        'k.kind',
        'k.thanks',
        'k.confirmed_at',
      ])
      .where('w.community_id', '=', community.id)
      .where('k.status', '=', 'confirmed')
      .orderBy('k.confirmed_at', 'desc')
      .limit(100)
      .execute()
    const fulfilled = Number(counts.fulfilled)
    const inProgress = Number(counts.in_progress)
    return {
      community,
      fulfilled,
      inProgress,
      open: Number(counts.not_fulfilled) - inProgress,
      items: rows.map((r) => ({
        wishId: r.id,
        title: r.title,
        categoryLabel: WISH_CATEGORIES[r.category],
        wisher: maskName(r.display_name),
        giver: r.claimer_label,
        kindLabel: CLAIMER_KINDS[r.kind],
        thanks: r.thanks ?? '',
        confirmedAt: new Date(r.confirmed_at!).toISOString(),
      })),
    }
  },
})
