/**
 * Who changed a reservation: a person, or the system itself (a timer expiring an offer, a
 * no-show sweep). The system is recorded as no user (null), never as a made-up id.
 */
export type Actor = { userId: number } | { system: string }

export const SYSTEM_OFFER_EXPIRY: Actor = { system: 'expireOffers' }

export const actorId = (a: Actor): number | null => ('userId' in a ? a.userId : null)
