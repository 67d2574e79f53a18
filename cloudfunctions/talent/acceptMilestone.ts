import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { awardedSide, milestoneOwner } from './domain/access'
import { milestoneById } from './domain/milestones'
import { tellTake } from './domain/tell'

/** The enterprise accepts a submitted milestone. */
export const acceptMilestone = handler('talent', 'acceptMilestone', {
  access: milestoneOwner('milestoneId'),
  async run(ctx) {
    const { db, now, target } = ctx
    const { milestone: m, challenge: c } = target
    if (m.status === 'accepted') refuse('CONFLICT', '这个里程碑已验收')
    if (m.status !== 'submitted') refuse('CONFLICT', '揭榜方提交后才能验收')
    await db
      .updateTable('talent_milestones')
      .set({ status: 'accepted', accepted_at: now })
      .where('id', '=', m.id)
      .execute()
    const side = await awardedSide(db, c)
    if (side) await tellTake(ctx, c, side.take, { state: `里程碑「${m.title}」已验收`, note: '' })
    return milestoneById(db, m.id)
  },
})
