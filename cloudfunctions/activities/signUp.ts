import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reserve } from '../../server/reservations/reserve'
import { activityById } from './domain/access'
import { checkSignUp } from './domain/eligibility'
import { occupancyAlerts, welcome } from './domain/lifecycle'
import { holdKey, myRegistration, presentRegistration, withRegistrationQr } from './domain/present'

/** Sign up: a seat if one is free (or held for approval), else the waitlist with a position. */
export const signUp = handler('activities', 'signUp', {
  access: own('signs the caller up'),
  async run(ctx, input) {
    const { db, user, now } = ctx
    const a = await activityById(db, input.activityId)
    const ok = checkSignUp(user, a, input, now)
    if (ok.birthYear && ok.birthYear !== user.birth_year) {
      await db.updateTable('users').set({ birth_year: ok.birthYear }).where('id', '=', user.id).execute()
    }
    const outcome = await reserve(ctx, {
      slotId: a.slot_id,
      userId: user.id,
      holdKey: holdKey(a.id),
      seats: ok.seats,
      waitlist: true,
      seatedAs: a.approval_required ? 'pending' : 'confirmed',
      details: { answers: ok.answers, children: ok.seats - 1 },
    })
    if (outcome.status === 'alreadyHeld') return refuse('CONFLICT', '你已报名这个活动（或在候补中），无需重复报名')
    // With the waitlist on, a slot is never `full`; `closed` means the activity was cancelled.
    if (outcome.status === 'closed' || outcome.status === 'full') return refuse('CONFLICT', '活动已停止报名')
    if (outcome.status === 'confirmed') await welcome(ctx, a, { id: outcome.id, userId: user.id, code: outcome.code })
    const reg = (await myRegistration(db, user.id, a.id))!
    if (outcome.status === 'waitlisted') {
      const shown = await presentRegistration(db, reg)
      await notify(ctx, {
        userId: user.id,
        kind: 'activity_waitlisted',
        data: { activity: a.title, position: shown.position ?? 0 },
        page: `/subpackages/activities/detail?id=${a.id}`,
        event: `activity_waitlisted:${outcome.id}`,
      })
      return shown
    }
    await occupancyAlerts(ctx, a)
    return presentRegistration(db, reg)
  },
  finish: withRegistrationQr,
})
