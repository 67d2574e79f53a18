import type { ActivityAction } from '../../../contract/activities'
import type { ReservationStatus } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'
import { ACTIVE, isLive } from '../../../server/reservations/status'
import { canOrganize, type Activity } from './access'
import { signUpRefusal } from './eligibility'

/** The caller's latest registration for the activity, as myRegistration reads it. */
interface Held {
  status: ReservationStatus
  offer_expires_at: Date | string | null
}

const pick = <A extends string>(rules: Record<A, boolean>) => (Object.keys(rules) as A[]).filter((a) => rules[a])

/**
 * What the caller may do with the activity now, on the same conditions its actions refuse on
 * (signUp: signUpRefusal and one registration at a time; cancel: a live registration before the
 * start; confirmOffer: an offer not yet expired), so a button shown is a button that works.
 * `signUpNote` says why there is no sign-up when the caller holds no registration.
 */
export function activityCan(
  user: Caller | null,
  a: Activity,
  held: Held | undefined,
  now: Date,
): { can: ActivityAction[]; signUpNote: string | null } {
  const published = a.status === 'published'
  const holds = !!held && (ACTIVE as readonly string[]).includes(held.status)
  const refusal = holds ? null : signUpRefusal(user, a, now)
  return {
    can: pick<ActivityAction>({
      signUp: !holds && !refusal,
      cancel: published && !!held && isLive(held.status) && now < new Date(a.starts_at),
      confirmOffer:
        held?.status === 'offered' && (held.offer_expires_at === null || now < new Date(held.offer_expires_at)),
      calendar: published && holds && now < new Date(a.ends_at),
      roster: canOrganize(user, a),
    }),
    // A cancelled activity says so (and why) on its own.
    signUpNote: published && refusal ? refusal.message : null,
  }
}
