import { MENTOR_TOPICS, type WeeklyHour } from '../../contract/policies'
import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reserve } from '../../server/reservations/reserve'
import { ensureSlot } from '../../server/reservations/slots'
import { formatShanghai, shanghaiDate } from '../../server/time/shanghai'
import { activeMentor, BOOKING_DAYS, mentorBooking, weeklyHourAt } from './domain/mentors'

/**
 * Book one of a mentor's weekly office hours with a topic and a question. The hour is a slot of
 * kind 'mentor' on the reservation core (made on first booking, one seat); the request waits
 * for the mentor (`pending`) and takes the seat at once, so a second request is told it is taken.
 */
export const bookMentor = handler('policies', 'bookMentor', {
  access: own('books an office hour for the caller'),
  async run(ctx, { mentorId, startsAt, topic, question }) {
    const { user, now } = ctx
    const m = await activeMentor(ctx, mentorId)
    if (!m) return refuse('NOT_FOUND', '导师不存在或暂停预约')
    if (mentorId === user.id) refuse('BAD_REQUEST', '不能预约自己的辅导时段')
    const at = new Date(startsAt)
    if (at <= now) refuse('BAD_REQUEST', '这个时段已经过去了，请选择之后的时段')
    if (at.getTime() > now.getTime() + BOOKING_DAYS * 86_400_000)
      refuse('BAD_REQUEST', `只能预约 ${BOOKING_DAYS} 天内的时段`)
    const hour = weeklyHourAt(m.weekly_hours as WeeklyHour[], at)
    if (!hour) return refuse('NOT_FOUND', '导师在这个时间没有开放辅导，请从列表中选择时段')
    const slotId = await ensureSlot(ctx, {
      kind: 'mentor',
      ownerId: mentorId,
      startsAt: at,
      endsAt: new Date(at.getTime() + hour.minutes * 60_000),
      capacity: 1,
    })
    const outcome = await reserve(ctx, {
      slotId,
      userId: user.id,
      // One request per mentor per day and person.
      holdKey: `mentor:${mentorId}:${shanghaiDate(at)}`,
      seats: 1,
      waitlist: false,
      seatedAs: 'pending',
      details: { topic, question, place: hour.place },
    })
    switch (outcome.status) {
      case 'full':
        return refuse('FULL', '这个时段已被其他人预约，请选择其他时段')
      case 'closed':
        return refuse('CONFLICT', '导师这个时段暂停辅导，请选择其他时段')
      case 'alreadyHeld':
        return refuse('CONFLICT', '你当天已预约了这位导师，如需改时间请先取消原预约')
      case 'waitlisted':
      case 'confirmed':
        throw new Error(`mentor hour reserved as ${outcome.status}`)
    }
    await notify(ctx, {
      userId: mentorId,
      kind: 'mentor_requested',
      data: { person: user.display_name, time: formatShanghai(at), topic: MENTOR_TOPICS[topic] },
      page: '/subpackages/policies/desk',
      event: `mentor_requested:${outcome.id}`,
    })
    return mentorBooking(ctx, outcome.id)
  },
})
