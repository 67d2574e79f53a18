import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { boothHolder, fairById } from './domain/access'
import { writePositions } from './domain/present'

/** The enterprise changes the positions its booth brings, until the fair ends. */
export const savePositions = handler('fairs', 'savePositions', {
  access: boothHolder('boothId'),
  async run(ctx, { positions }) {
    const { db, now, target: booth } = ctx
    if (booth.cancelled_at) refuse('CONFLICT', '这个展位已取消')
    const fair = await fairById(db, booth.fair_id)
    if (new Date(fair.ends_at) <= now) refuse('CONFLICT', '招聘会已结束，岗位不能再修改')
    await writePositions(db, booth.id, positions)
    return { boothId: booth.id }
  },
})
