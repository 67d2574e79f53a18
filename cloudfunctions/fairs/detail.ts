import type { FAIR_ACTIONS } from '../../contract/fairs'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { isCommunityStaff } from '../../server/people/staff'
import { ACTIVE } from '../../server/reservations/status'
import { entryQr } from './domain/codes'
import { fairsQuery, positionsOf, presentFair, when } from './domain/present'

/** A fair, its booths and positions, the asker's entry code and booth, and what they may do. */
export const detail = handler('fairs', 'detail', {
  access: 'public',
  async run({ db, user, now }, { fairId }) {
    const row = await fairsQuery(db).where('f.id', '=', fairId).executeTakeFirst()
    if (!row) return refuse('NOT_FOUND', '招聘会不存在')
    const fair = presentFair(row, now)
    const booths = await db
      .selectFrom('fair_booths as b')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['b.id', 'b.enterprise_id', 'e.name'])
      .where('b.fair_id', '=', fairId)
      .where('b.cancelled_at', 'is', null)
      .orderBy('b.id')
      .execute()
    const positions = await positionsOf(
      db,
      booths.map((b) => b.id),
    )
    const entrySlot = await db
      .selectFrom('fairs')
      .select('entry_slot_id')
      .where('id', '=', fairId)
      .executeTakeFirstOrThrow()
    const mine = user
      ? await db
          .selectFrom('reservations')
          .select(['id', 'code', 'status', 'redeemed_at'])
          .where('slot_id', '=', entrySlot.entry_slot_id)
          .where('user_id', '=', user.id)
          .where('status', 'in', ACTIVE)
          .executeTakeFirst()
      : undefined
    const liaisonOf = user ? enterprisesOf(user) : []
    const myBooth = booths.find((b) => liaisonOf.includes(b.enterprise_id))
    const enterprises = liaisonOf.length
      ? await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', liaisonOf).orderBy('id').execute()
      : []
    const bookableFor = enterprises.filter((e) => !booths.some((b) => b.enterprise_id === e.id))
    const open = fair.status === 'scheduled'
    const beforeStart = now < new Date(fair.startsAt)
    const can: (typeof FAIR_ACTIONS)[number][] = []
    if (user && open && !mine) can.push('register')
    if (mine && mine.status === 'confirmed' && beforeStart) can.push('cancelRegistration')
    if (open && beforeStart && bookableFor.length > 0 && fair.boothsBooked < fair.booths) can.push('bookBooth')
    if (isCommunityStaff(user, fair.communityId)) can.push('manage')
    return {
      fair,
      booths: booths.map((b) => ({ id: b.id, enterpriseName: b.name, positions: positions.get(b.id) ?? [] })),
      mine: mine
        ? { id: Number(mine.id), code: mine.code, status: mine.status, checkedInAt: when(mine.redeemed_at) }
        : null,
      myBoothId: myBooth?.id ?? null,
      bookableFor,
      can,
      signedIn: !!user,
    }
  },
  // The entry code's picture is CPU work: after commit.
  async finish(d) {
    return { ...d, mine: d.mine ? { ...d.mine, qr: await entryQr(d.mine.code) } : null }
  },
})
