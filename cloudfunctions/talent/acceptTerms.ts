import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { challengeRow } from './domain/access'
import { detailsOf } from './domain/challenges'

/** Accept a challenge's confidentiality terms (once; again changes nothing); answers with its details. */
export const acceptTerms = handler('talent', 'acceptTerms', {
  access: ['expert'],
  async run({ db, user, now }, { challengeId }) {
    const c = await challengeRow(db, challengeId)
    if (c.status === 'closed') refuse('CONFLICT', '该榜单已关闭')
    await db
      .insertInto('talent_terms')
      .values({ challenge_id: challengeId, user_id: user.id, accepted_at: now })
      .onConflict((oc) => oc.columns(['challenge_id', 'user_id']).doNothing())
      .execute()
    return detailsOf(db, challengeId)
  },
})
