import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { challengeOwner } from './domain/access'
import { challengeValues } from './domain/post'

/** Edit a challenge while it is still open for takes. */
export const editChallenge = handler('talent', 'editChallenge', {
  access: challengeOwner('id'),
  async run({ db, now, target: c }, input) {
    if (c.status !== 'open') refuse('CONFLICT', '榜单已进入攻关或已结束，不能再修改')
    const { publicPart, details } = challengeValues(input, now)
    await db
      .updateTable('talent_challenges')
      .set({ ...publicPart, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    await db.updateTable('talent_challenge_details').set(details).where('challenge_id', '=', c.id).execute()
    return { id: c.id }
  },
})
