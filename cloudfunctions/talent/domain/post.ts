import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'
import { shanghaiDate } from '../../../server/time/shanghai'
import { challengeBigrams, cleanSkills } from './challenges'
import { challengeConcepts } from './concepts'

export interface ChallengeInput {
  title: string
  summary: string
  chain: string
  skills: string[]
  awardKind: 'award' | 'budget'
  awardYuan: number
  deadline: string
  terms: string
  problem: string
  goals: string
  criteria: string
}

/** The public columns and the confidential ones of a challenge, checked. */
export function challengeValues(input: ChallengeInput, now: Date) {
  if (input.deadline < shanghaiDate(now)) refuse('BAD_REQUEST', '截止日期不能早于今天')
  const skills = cleanSkills(input.skills)
  const publicPart = {
    title: input.title,
    summary: input.summary,
    chain: input.chain,
    skills,
    award_kind: input.awardKind,
    award_yuan: input.awardYuan,
    deadline: input.deadline,
    terms: input.terms,
    bigrams: challengeBigrams({ ...input, skills }),
    concepts: challengeConcepts({ ...input, skills }),
  }
  return { publicPart, details: { problem: input.problem, goals: input.goals, criteria: input.criteria } }
}

/** Coordinates of a community (a challenge's place for distances). */
export async function communityPlace(ctx: TxCtx, communityId: number) {
  return ctx.db.selectFrom('communities').select(['lng', 'lat']).where('id', '=', communityId).executeTakeFirstOrThrow()
}
