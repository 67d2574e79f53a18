import { sql } from 'kysely'
import { handler, own } from '../../server/core/define-function'
import { presentVerification, VERIFICATION_COLUMNS } from './domain/verification'

/** Reviews counted for the typical wait: the community's last 90 days. */
const WAIT_WINDOW_DAYS = 90

/**
 * The rider's verification as they follow it: the latest application and its decision (with the
 * reason of a refusal), and while it waits, how long this community's 社工 usually take.
 */
export const riderStatus = handler('canteen', 'riderStatus', {
  access: own("the caller's rider verification"),
  async run({ db, user, now }) {
    const latest = await db
      .selectFrom('rider_verifications as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select([...VERIFICATION_COLUMNS, 'v.community_id'])
      .where('v.user_id', '=', user.id)
      .orderBy('v.id', 'desc')
      .executeTakeFirst()
    const verified = Boolean(user.rider_verified_at)
    let wait: { typicalHours: number | null; basedOn: number } | null = null
    if (latest?.status === 'pending') {
      const since = new Date(now.getTime() - WAIT_WINDOW_DAYS * 86_400_000)
      let reviewed = db
        .selectFrom('rider_verifications')
        .select([
          sql<
            number | null
          >`percentile_cont(0.5) within group (order by extract(epoch from reviewed_at - created_at))`.as('median'),
          (eb) => eb.fn.countAll<string>().as('n'),
        ])
        .where('reviewed_at', 'is not', null)
        .where('reviewed_at', '>=', since)
      reviewed =
        latest.community_id === null
          ? reviewed.where('community_id', 'is', null)
          : reviewed.where('community_id', '=', latest.community_id)
      const r = await reviewed.executeTakeFirstOrThrow()
      const basedOn = Number(r.n)
      // Whole hours, at least 1: «通常 4 小时内».
      wait = { typicalHours: basedOn ? Math.max(1, Math.ceil(Number(r.median) / 3600)) : null, basedOn }
    }
    return {
      verified,
      latest: latest ? presentVerification(latest) : null,
      wait,
      can: { apply: !verified && latest?.status !== 'pending' && user.roles.includes('rider') },
    }
  },
})
