import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { presentSummary, publicChallenges } from './domain/challenges'
import { needsQuery, presentNeed } from './domain/needs'
import { profileOf } from './domain/profiles'
import { challengesForProfile, needsForProfile } from './domain/recommend'
import { percent, reasons } from './domain/words'

/** The best open challenges and talent needs for the caller's profile, each with its reasons. */
export const recommendForMe = handler('talent', 'recommendForMe', {
  access: own("recommendations for the caller's own profile"),
  async run({ db, user, now }, { limit }) {
    const p = await profileOf(db, user.id)
    if (!p) return refuse('NOT_FOUND', '请先填写专家档案，才能为你推荐榜单')
    const remote = p.lat === null
    const ranked = await challengesForProfile(db, p, shanghaiDate(now), limit)
    const rows = ranked.length
      ? await publicChallenges(db)
          .where(
            'c.id',
            'in',
            ranked.map((r) => r.id),
          )
          .execute()
      : []
    const byId = new Map(rows.map((r) => [r.id, r]))
    const challenges = ranked.map((r) => {
      const c = byId.get(r.id)!
      return {
        ...presentSummary(c, now),
        score: percent(r.score),
        reasons: reasons({
          matched: r.matched,
          sameChain: r.same_chain,
          chain: c.chain,
          km: r.km,
          remote,
          ratingSum: r.rating_sum,
          ratingCount: r.rating_count,
          ratedParty: '企业口碑',
        }),
      }
    })
    const rankedNeeds = await needsForProfile(db, p, limit)
    const needRows = rankedNeeds.length
      ? await needsQuery(db)
          .where(
            'n.id',
            'in',
            rankedNeeds.map((r) => r.id),
          )
          .execute()
      : []
    const needById = new Map(needRows.map((n) => [n.id, n]))
    const needs = rankedNeeds.map((r) => {
      const n = needById.get(r.id)!
      return {
        ...presentNeed(n),
        score: percent(r.score),
        reasons: reasons({
          matched: r.matched,
          sameChain: r.same_chain,
          chain: n.chain,
          km: r.km,
          remote,
          dualWanted: n.mode === 'dual' && p.dual_appointment,
          ratingSum: 0,
          ratingCount: 0,
          ratedParty: '企业口碑',
        }),
      }
    })
    return { challenges, needs }
  },
})
