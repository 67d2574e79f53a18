import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { lockSlot } from '../../server/reservations/slots'
import { activityById } from './domain/access'
import { welcome } from './domain/lifecycle'
import { myRegistration, presentRegistration } from './domain/present'

/** Take up a seat offered from the waitlist, within its confirmation window. */
export const confirmOffer = handler<'activities', 'confirmOffer', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { activityId }) {
    const a = await activityById(db, activityId)
    await lockSlot(db, a.slot_id)
    const reg = await myRegistration(db, user.id, activityId)
    if (!reg || reg.status !== 'offered') return refuse('CONFLICT', '没有待确认的名额')
    if (reg.offer_expires_at && now >= new Date(reg.offer_expires_at))
      refuse('CONFLICT', '确认时限已过，名额已顺延给下一位')
    await db
      .updateTable('reservations')
      .set({ status: 'confirmed', offer_expires_at: null })
      .where('id', '=', reg.id)
      .execute()
    await welcome(db, a, { id: Number(reg.id), userId: user.id, code: reg.code }, now)
    return presentRegistration(db, (await myRegistration(db, user.id, activityId))!)
  },
})
