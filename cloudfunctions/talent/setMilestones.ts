import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { awardedSide, challengeOwner } from './domain/access'
import { milestonesOf } from './domain/milestones'
import { tellTake } from './domain/tell'

/** Set the milestones of an awarded challenge; replaceable until the first one is submitted. */
export const setMilestones = handler('talent', 'setMilestones', {
  access: challengeOwner('challengeId'),
  async run(ctx, { milestones }) {
    const { db, target: c } = ctx
    if (c.status !== 'awarded') refuse('CONFLICT', '定榜之后才能设置里程碑')
    const started = await db
      .selectFrom('talent_milestones')
      .select('id')
      .where('challenge_id', '=', c.id)
      .where('status', '<>', 'pending')
      .executeTakeFirst()
    if (started) refuse('CONFLICT', '已有里程碑提交，不能再整体修改')
    await db.deleteFrom('talent_milestones').where('challenge_id', '=', c.id).execute()
    await db
      .insertInto('talent_milestones')
      .values(milestones.map((m, i) => ({ challenge_id: c.id, seq: i + 1, title: m.title, due_date: m.dueDate })))
      .execute()
    const side = await awardedSide(db, c)
    if (side) await tellTake(ctx, c, side.take, { state: '里程碑已设置', note: `共 ${milestones.length} 个里程碑。` })
    return { milestones: await milestonesOf(db, c.id) }
  },
})
