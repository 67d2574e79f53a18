import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { setCapacity } from '../../server/reservations/cancel'
import { seriesStaff } from './domain/access'
import { generateFairs } from './domain/schedule'
import { dayWords } from '../../server/time/shanghai'

/**
 * Change a series: its name, place, booths, seekers and horizon. Its coming fairs (not started,
 * not cancelled) follow; fewer booths or seats than already taken at one of them is refused, with
 * the fair named, and nothing changes. A longer horizon makes the missing fairs.
 */
export const editSeries = handler('fairs', 'editSeries', {
  access: seriesStaff('seriesId'),
  async run(ctx, input) {
    const { db, user, now, target: before } = ctx
    const coming = await db
      .selectFrom('fairs')
      .select(['id', 'date', 'booth_slot_id', 'entry_slot_id'])
      .where('series_id', '=', before.id)
      .where('cancelled_at', 'is', null)
      .where('starts_at', '>', now)
      .orderBy('date')
      .execute()
    for (const f of coming) {
      const booths = await setCapacity(ctx, { slotId: f.booth_slot_id, capacity: input.booths, overflow: 'refuse' })
      if (booths.status === 'wouldDisplace')
        refuse('CONFLICT', `${dayWords(f.date)} 的招聘会已预订 ${booths.taken} 个展位，展位数不能少于 ${booths.taken}`)
      const seats = await setCapacity(ctx, { slotId: f.entry_slot_id, capacity: input.capacity, overflow: 'refuse' })
      if (seats.status === 'wouldDisplace')
        refuse('CONFLICT', `${dayWords(f.date)} 的招聘会已有 ${seats.taken} 人报名，求职者名额不能少于 ${seats.taken}`)
    }
    if (coming.length) {
      await db
        .updateTable('fairs')
        .set({ title: input.title, place: input.place })
        .where(
          'id',
          'in',
          coming.map((f) => f.id),
        )
        .execute()
    }
    await db
      .updateTable('fair_series')
      .set({
        title: input.title,
        place: input.place,
        booths: input.booths,
        capacity: input.capacity,
        weeks: before.repeat === 'once' ? 1 : input.weeks,
      })
      .where('id', '=', before.id)
      .execute()
    const fairIds = await generateFairs(ctx, before.id)
    await audit(ctx, {
      actorId: user.id,
      action: 'fair.series.edit',
      subject: { type: 'fair_series', id: before.id },
      communityId: before.community_id,
      before: {
        title: before.title,
        place: before.place,
        booths: before.booths,
        capacity: before.capacity,
        weeks: before.weeks,
      },
      after: { ...input, fairIds },
    })
    return { seriesId: before.id, fairIds }
  },
})
