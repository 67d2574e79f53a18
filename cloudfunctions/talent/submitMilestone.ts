import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { milestoneTaker } from './domain/access'
import { milestoneById } from './domain/milestones'
import { liaisonsOf, managePage } from './domain/tell'

/** The awarded side reports a milestone delivered; the enterprise is asked to accept it. */
export const submitMilestone = handler('talent', 'submitMilestone', {
  access: milestoneTaker('milestoneId'),
  async run(ctx, { note }) {
    const { db, now, target } = ctx
    const { milestone: m, challenge: c } = target
    if (c.status !== 'awarded') refuse('CONFLICT', '榜单不在攻关阶段')
    if (m.status === 'accepted') refuse('CONFLICT', '这个里程碑已验收')
    await db
      .updateTable('talent_milestones')
      .set({ status: 'submitted', note, submitted_at: now })
      .where('id', '=', m.id)
      .execute()
    for (const userId of await liaisonsOf(ctx, c.enterprise_id)) {
      await notify(ctx, {
        userId,
        kind: 'talent_milestone_submitted',
        data: { challenge: c.title, milestone: m.title },
        page: managePage(c.id),
        event: `talent_milestone_submitted:${m.id}:${now.toISOString()}`,
      })
    }
    return milestoneById(db, m.id)
  },
})
