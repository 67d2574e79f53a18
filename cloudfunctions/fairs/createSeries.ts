import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { shanghaiDate, shanghaiInstant, toMinutes } from '../../server/time/shanghai'
import { communityFairStaff } from './domain/access'
import { generateFairs } from './domain/schedule'

/**
 * A 社工 makes a fair once: one date, or every week on that weekday. A weekly series' fairs within
 * the horizon are made now (and kept made by the daily timer), each with its own booths and seats.
 */
export const createSeries = handler('fairs', 'createSeries', {
  access: communityFairStaff('communityId'),
  async run(ctx, input) {
    const { db, user, now, target: community } = ctx
    const startMin = toMinutes(input.start)
    const endMin = toMinutes(input.end)
    if (endMin <= startMin) refuse('BAD_REQUEST', '结束时间应晚于开始时间')
    if (input.firstDate < shanghaiDate(now) || shanghaiInstant(input.firstDate, startMin) <= now)
      refuse('BAD_REQUEST', '招聘会的开始时间已经过去，请选择之后的日期或时间')
    const series = await db
      .insertInto('fair_series')
      .values({
        community_id: community.id,
        title: input.title,
        place: input.place,
        repeat: input.repeat,
        first_date: input.firstDate,
        start_min: startMin,
        end_min: endMin,
        booths: input.booths,
        capacity: input.capacity,
        weeks: input.repeat === 'once' ? 1 : input.weeks,
        created_by: user.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const fairIds = await generateFairs(ctx, series.id)
    await audit(ctx, {
      actorId: user.id,
      action: 'fair.series.create',
      subject: { type: 'fair_series', id: series.id },
      communityId: community.id,
      after: { ...input, fairIds },
    })
    return { seriesId: series.id, fairIds }
  },
})
