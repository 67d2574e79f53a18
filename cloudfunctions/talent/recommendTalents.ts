import { handler } from '../../server/core/define-function'
import { challengeMatcher } from './domain/access'
import { explain } from '../../server/matching/concepts'
import { challengeQuery } from './domain/concepts'
import { feedbackOnChallenge } from './domain/feedback'
import { headline } from './domain/profiles'
import { talentsForChallenge, teamsForChallenge } from './domain/recommend'
import { percent, reasons } from './domain/words'

/** The best experts and teams for a challenge, ranked in PostgreSQL, each with its reasons in words. */
export const recommendTalents = handler('talent', 'recommendTalents', {
  access: challengeMatcher('challengeId'),
  async run({ db, target: c }, { limit }) {
    const q = challengeQuery(c)
    const feedback = await feedbackOnChallenge(db, c, q)
    const people = await talentsForChallenge(db, c, q, feedback, limit)
    const teams = await teamsForChallenge(db, c, q, feedback, limit)
    const items = [
      ...people.map((p) => ({
        kind: 'profile' as const,
        id: p.user_id,
        name: p.name,
        headline: headline(p),
        skills: p.skills,
        score: p.score,
        reasons: reasons({
          matched: p.matched,
          concepts: explain(q, [...p.skills, p.title, p.field, p.institution, p.achievements]),
          side: '专家',
          sameChain: p.same_chain,
          chain: c.chain,
          km: p.km,
          remote: p.km === null,
          availability: p.availability,
          ratingSum: p.rating_sum,
          ratingCount: p.rating_count,
          ratedParty: '过往评价',
        }),
      })),
      ...teams.map((t) => ({
        kind: 'team' as const,
        id: t.id,
        name: t.name,
        headline: `攻关团队 · ${t.members.join('、')}`,
        skills: t.skills,
        score: t.score,
        reasons: reasons({
          matched: t.matched,
          concepts: explain(q, [...t.skills, t.member_text]),
          side: '团队',
          sameChain: t.same_chain,
          chain: c.chain,
          km: t.km,
          remote: t.km === null && t.overseas,
          ratingSum: t.rating_sum,
          ratingCount: t.rating_count,
          ratedParty: '过往评价',
        }),
      })),
    ]
      .sort((a, b) => b.score - a.score || (a.kind === b.kind ? a.id - b.id : a.kind === 'profile' ? -1 : 1))
      .slice(0, limit)
    return { items: items.map((i) => ({ ...i, score: percent(i.score) })) }
  },
})
