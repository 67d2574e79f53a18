import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { ensureSlot } from '../../server/reservations/slots'
import { canteenForStaff } from './domain/access'
import { findSlot } from './domain/schedule'

/** Counter: count people served without a booking (+1, or a correction). */
export const walkIn = handler<'canteen', 'walkIn', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user }, { canteenId, date, start, delta }) {
    const canteen = await canteenForStaff(db, user, canteenId)
    const slot = findSlot(canteen, date, start)
    if (!slot) return refuse('BAD_REQUEST', `${start} 不在供餐时段内`)
    const slotId = await ensureSlot(db, {
      kind: 'canteen',
      ownerId: canteen.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      capacity: canteen.seats_per_slot,
    })
    const row = await db
      .updateTable('slots')
      .set({ walk_ins: sql`greatest(0, walk_ins + ${delta})` })
      .where('id', '=', slotId)
      .returning('walk_ins')
      .executeTakeFirstOrThrow()
    return { walkIns: row.walk_ins }
  },
})
