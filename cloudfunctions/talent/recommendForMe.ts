import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { presentSummary } from './domain/challenges'
import { explain } from '../../server/matching/concepts'
import { challengeQuery, profileQuery } from './domain/concepts'
import { feedbackOfProfile } from './domain/feedback'
import { presentNeed } from './domain/needs'
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
    const feedback = await feedbackOfProfile(db, p)
    const q = profileQuery(p)
    const mine = [...p.skills, p.title, p.field, p.institution, p.achievements]
    const challenges = (await challengesForProfile(db, p, q, feedback, shanghaiDate(now), limit)).map((c) => ({
      ...presentSummary(c, now),
      score: percent(c.score),
      reasons: reasons({
        matched: c.matched,
        // the challenge's concepts, each in the expert's own words (「计算流体力学（你：Fluent）」)
        concepts: explain(challengeQuery(c), mine),
        side: '你',
        sameChain: c.same_chain,
        chain: c.chain,
        km: c.km,
        remote,
        ratingSum: c.rating_sum,
        ratingCount: c.rating_count,
        ratedParty: '企业口碑',
      }),
    }))
    const needs = (await needsForProfile(db, p, feedback, limit)).map((n) => ({
      ...presentNeed(n),
      score: percent(n.score),
      reasons: reasons({
        matched: n.matched,
        sameChain: n.same_chain,
        chain: n.chain,
        km: n.km,
        remote,
        dualWanted: n.mode === 'dual' && p.dual_appointment,
        ratingSum: 0,
        ratingCount: 0,
        ratedParty: '企业口碑',
      }),
    }))
    return { challenges, needs }
  },
})
