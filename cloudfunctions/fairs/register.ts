import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reserve } from '../../server/reservations/reserve'
import { fairById } from './domain/access'
import { entryQr } from './domain/codes'
import { fairTime, remindOfFair } from './domain/remind'

/**
 * A job seeker registers for a fair: one seat of its entry slot (the core's conditional update:
 * never more than the fair's seeker capacity), an entry code to show at the door, a notice with
 * the code and a reminder the evening before.
 */
export const register = handler('fairs', 'register', {
  access: own('registers the caller for a fair'),
  async run(ctx, { fairId }) {
    const { user, now } = ctx
    const fair = await fairById(ctx.db, fairId)
    if (fair.cancelled_at) refuse('CONFLICT', '这场招聘会已取消')
    if (new Date(fair.ends_at) <= now) refuse('CONFLICT', '招聘会已经结束')
    const outcome = await reserve(ctx, {
      slotId: fair.entry_slot_id,
      userId: user.id,
      holdKey: `fair:${fair.id}:entry`,
      seats: 1,
      waitlist: false,
    })
    if (outcome.status === 'alreadyHeld') refuse('CONFLICT', '你已报名这场招聘会，入场码在报名信息里')
    if (outcome.status === 'full') refuse('FULL', '这场招聘会的求职者名额已满，请关注下一场')
    if (outcome.status === 'closed') refuse('CONFLICT', '这场招聘会已取消')
    if (outcome.status !== 'confirmed') return refuse('INTERNAL')
    await notify(ctx, {
      userId: user.id,
      kind: 'fair_registered',
      data: { fair: fair.title, time: fairTime(fair), place: fair.place, code: outcome.code },
      page: `/subpackages/fairs/detail?id=${fair.id}`,
      event: `fair_registered:${outcome.id}`,
    })
    await remindOfFair(ctx, user.id, fair, `reservation:${outcome.id}`)
    return { id: outcome.id, code: outcome.code, status: 'confirmed' as const, checkedInAt: null }
  },
  async finish(r) {
    return { ...r, qr: await entryQr(r.code) }
  },
})
