import { handler } from '../../server/core/define-function'
import { canteenStaff } from './domain/access'
import { countWalkIns, walkInSlot } from './domain/walk-ins'

/** Counter: count people served without a booking (+1, or a correction). */
export const walkIn = handler('canteen', 'walkIn', {
  access: canteenStaff('canteenId'),
  async run({ db, now, target: canteen }, { date, start, delta }) {
    const slot = walkInSlot(canteen, date, start, now)
    return { walkIns: await countWalkIns(db, canteen.id, slot.startsAt, delta) }
  },
})
