import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { challengeOwner } from './domain/access'
import { tellTakers } from './domain/tell'

/** Withdraw an open challenge (its live takes are told, by title only). */
export const closeChallenge = handler('talent', 'closeChallenge', {
  access: challengeOwner('id'),
  async run(ctx, { reason }) {
    const { db, user, now, target: c } = ctx
    if (c.status !== 'open') refuse('CONFLICT', '只有揭榜中的榜单可以关闭')
    await db
      .updateTable('talent_challenges')
      .set({ status: 'closed', close_reason: reason, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    await tellTakers(ctx, c, { state: '榜单已关闭', note: `原因：${reason}` })
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.challenge.close',
      subject: { type: 'talent_challenge', id: c.id },
      communityId: c.community_id,
      note: reason,
    })
    return { status: 'closed' as const }
  },
})
