import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

/** Keep a policy (its deadline is then reminded), or let it go. */
export const favourite = handler('policies', 'favourite', {
  access: own("the caller's own favourites"),
  async run({ db, user, now }, { policyId, on }) {
    const p = await db
      .selectFrom('policies')
      .select(['id', 'withdrawn_at'])
      .where('id', '=', policyId)
      .executeTakeFirst()
    if (!p) return refuse('NOT_FOUND', '政策不存在')
    if (on) {
      if (p.withdrawn_at) refuse('CONFLICT', '这条政策已废止，不能收藏')
      await db
        .insertInto('policy_favourites')
        .values({ user_id: user.id, policy_id: policyId, created_at: now })
        .onConflict((oc) => oc.doNothing())
        .execute()
    } else {
      await db
        .deleteFrom('policy_favourites')
        .where('user_id', '=', user.id)
        .where('policy_id', '=', policyId)
        .execute()
    }
    return { favourite: on }
  },
})
