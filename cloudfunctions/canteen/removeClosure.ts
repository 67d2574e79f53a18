import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { CANTEEN_KEEPERS, canteenManager } from './domain/access'
import { dayWords } from '../../server/time/shanghai'

/** Keepers: open a planned day off again (bookings cancelled for it stay cancelled). */
export const removeClosure = handler('canteen', 'removeClosure', {
  access: canteenManager('canteenId', CANTEEN_KEEPERS),
  async run(ctx, { date }) {
    const { db, user, target: canteen } = ctx
    const row = await db
      .deleteFrom('canteen_closures')
      .where('canteen_id', '=', canteen.id)
      .where('date', '=', date)
      .returning('reason')
      .executeTakeFirst()
    if (!row) return refuse('NOT_FOUND', `${dayWords(date)} 没有设置休息`)
    await audit(ctx, {
      actorId: user.id,
      action: 'canteen.closure.remove',
      subject: { type: 'canteen', id: canteen.id },
      communityId: canteen.community_id,
      before: { date, reason: row.reason },
    })
    return { removed: true }
  },
})
