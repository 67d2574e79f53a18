import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { newCode } from '../../server/reservations/code'
import { reserve } from '../../server/reservations/reserve'
import { enterpriseLiaison, fairById } from './domain/access'
import { writePositions } from './domain/present'
import { fairTime, remindOfFair } from './domain/remind'

/**
 * An enterprise liaison books a booth for their enterprise: check → reserve one seat of the fair's
 * booth slot (the core's one conditional update: never more booths than the fair has) → the
 * booth row (one live booth per enterprise per fair, whichever liaison books: a unique index, so
 * a second one rolls the whole booking back) → positions → notify.
 */
export const bookBooth = handler('fairs', 'bookBooth', {
  access: enterpriseLiaison,
  async run(ctx, { fairId, positions }) {
    const { db, user, now, target: enterprise } = ctx
    const fair = await fairById(db, fairId)
    if (fair.cancelled_at) refuse('CONFLICT', '这场招聘会已取消')
    if (new Date(fair.starts_at) <= now) refuse('CONFLICT', '招聘会已经开始，不能再预订展位')
    const already = await db
      .selectFrom('fair_booths')
      .select('id')
      .where('fair_id', '=', fair.id)
      .where('enterprise_id', '=', enterprise.id)
      .where('cancelled_at', 'is', null)
      .executeTakeFirst()
    if (already) refuse('CONFLICT', `${enterprise.name} 已预订这场招聘会的展位，每家企业限一个展位`)
    const outcome = await reserve(ctx, {
      slotId: fair.booth_slot_id,
      userId: user.id,
      holdKey: `fair:${fair.id}:booth:${enterprise.id}`,
      seats: 1,
      waitlist: false,
      details: { enterpriseId: enterprise.id },
    })
    if (outcome.status === 'full')
      refuse('FULL', `展位已订满（共 ${await boothsOf(ctx, fair.booth_slot_id)} 个），请关注下一场招聘会`)
    if (outcome.status === 'closed') refuse('CONFLICT', '这场招聘会已取消')
    if (outcome.status === 'alreadyHeld')
      refuse('CONFLICT', `${enterprise.name} 已预订这场招聘会的展位，每家企业限一个展位`)
    if (outcome.status !== 'confirmed') return refuse('INTERNAL')
    const booth = await db
      .insertInto('fair_booths')
      .values({
        fair_id: fair.id,
        enterprise_id: enterprise.id,
        reservation_id: outcome.id,
        booked_by: user.id,
        code: newCode(),
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['fair_id', 'enterprise_id']).where('cancelled_at', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst()
    // Another liaison of the enterprise booked at the same moment: refusing rolls back our seat too.
    if (!booth) return refuse('CONFLICT', `${enterprise.name} 已预订这场招聘会的展位，每家企业限一个展位`)
    await writePositions(db, booth.id, positions)
    await notify(ctx, {
      userId: user.id,
      kind: 'fair_booth_booked',
      data: { fair: fair.title, time: fairTime(fair), enterprise: enterprise.name },
      page: `/subpackages/fairs/booth?boothId=${booth.id}`,
      event: `fair_booth_booked:${booth.id}`,
    })
    await remindOfFair(ctx, user.id, fair, `reservation:${outcome.id}`)
    return { boothId: booth.id }
  },
})

async function boothsOf({ db }: Parameters<typeof reserve>[0], slotId: number) {
  const s = await db.selectFrom('slots').select('capacity').where('id', '=', slotId).executeTakeFirstOrThrow()
  return s.capacity
}
