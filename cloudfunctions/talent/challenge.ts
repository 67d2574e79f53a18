import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { enterprisesOf, hasRole } from '../../server/people/roles'
import { isLiaisonOf } from './domain/access'
import { presentSummary, publicChallenges, whyNotTake } from './domain/challenges'
import { presentMyTake } from './domain/takes'

/** One challenge's public page (never its details), with what the caller may do. */
export const challenge = handler('talent', 'challenge', {
  access: 'public',
  async run({ db, user, now }, { id }) {
    const c = await publicChallenges(db).where('c.id', '=', id).executeTakeFirst()
    if (!c) return refuse('NOT_FOUND', '榜单不存在')
    const { terms } = await db
      .selectFrom('talent_challenges')
      .select('terms')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    const accepted = user
      ? await db
          .selectFrom('talent_terms')
          .select('accepted_at')
          .where('challenge_id', '=', id)
          .where('user_id', '=', user.id)
          .executeTakeFirst()
      : undefined
    const take = user
      ? await db
          .selectFrom('talent_takes')
          .selectAll()
          .where('challenge_id', '=', id)
          .where('user_id', '=', user.id)
          .orderBy('id', 'desc')
          .executeTakeFirst()
      : undefined
    const isOwner = !!user && isLiaisonOf(user, c.enterprise_id)
    return {
      ...presentSummary(c, now),
      terms,
      termsAccepted: Boolean(accepted),
      isOwner,
      mine: take ? await presentMyTake(db, take) : null,
      cannotTake: user
        ? await whyNotTake(
            db,
            c,
            { id: user.id, enterpriseIds: enterprisesOf(user), isExpert: hasRole(user, 'expert') },
            now,
          )
        : '请先登录',
    }
  },
})
