import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { takeTaker } from './domain/access'
import { presentMyTake } from './domain/takes'

/** Withdraw a take while the challenge is open (then it may be taken again). */
export const withdrawTake = handler('talent', 'withdrawTake', {
  access: takeTaker('takeId'),
  async run({ db, now, target }) {
    const { take, challenge } = target
    if (challenge.status !== 'open') refuse('CONFLICT', '榜单已评定，不能撤回')
    if (take.status === 'withdrawn') refuse('CONFLICT', '已经撤回过了')
    const row = await db
      .updateTable('talent_takes')
      .set({ status: 'withdrawn', updated_at: now })
      .where('id', '=', take.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return presentMyTake(db, row)
  },
})
