import { handler, own } from '../../server/core/define-function'
import { presentRegistration, REG_COLUMNS, summarize, withRegistrationQrs } from './domain/present'

/** 我的活动: upcoming (registered, pending, offered), waitlisted, and past or cancelled. */
export const mine = handler('activities', 'mine', {
  access: own("the caller's registrations"),
  async run({ db, user, now }) {
    const regs = await db
      .selectFrom('reservations')
      .select(REG_COLUMNS)
      .where('user_id', '=', user.id)
      .where('hold_key', 'like', 'activity:%')
      .orderBy('id', 'desc')
      .limit(100)
      .execute()
    if (regs.length === 0) return { upcoming: [], waitlisted: [], past: [] }
    const activities = await db
      .selectFrom('activities')
      .selectAll()
      .where(
        'slot_id',
        'in',
        regs.map((r) => r.slot_id),
      )
      .execute()
    const summaries = await summarize(db, activities, user, now)
    type Item = (typeof summaries)[number] & { registration: Awaited<ReturnType<typeof presentRegistration>> }
    const out = { upcoming: [] as Item[], waitlisted: [] as Item[], past: [] as Item[] }
    const seen = new Set<number>()
    for (const r of regs) {
      const a = activities.find((x) => Number(x.slot_id) === Number(r.slot_id))!
      if (seen.has(a.id)) continue // the latest registration per activity
      seen.add(a.id)
      const item = { ...summaries.find((s) => s.id === a.id)!, registration: await presentRegistration(db, r) }
      const ended = new Date(a.ends_at) <= now
      if (!ended && a.status === 'published' && ['confirmed', 'pending', 'offered', 'redeemed'].includes(r.status))
        out.upcoming.push(item)
      else if (!ended && a.status === 'published' && r.status === 'waitlisted') out.waitlisted.push(item)
      else out.past.push(item)
    }
    out.upcoming.sort((x, y) => x.startsAt.localeCompare(y.startsAt))
    return out
  },
  finish: async ({ upcoming, waitlisted, past }) => ({
    upcoming: await withRegistrationQrs(upcoming),
    waitlisted: await withRegistrationQrs(waitlisted),
    past: await withRegistrationQrs(past),
  }),
})
