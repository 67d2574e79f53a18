import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { formatShanghai } from '../../../server/time/shanghai'

type Trx = Transaction<DB>
type Outcome = 'introduced' | 'took' | 'shortlisted' | 'awarded' | 'solved' | 'closed'

export const OUTCOME_LABEL: Record<Outcome, string> = {
  introduced: '已牵线，待揭榜',
  took: '专家已揭榜',
  shortlisted: '已入围',
  awarded: '已中榜，攻关中',
  solved: '已解决',
  closed: '未成（榜单关闭或由他人中榜）',
}

/** Where an introduction stands, read from the records: did the expert take it, and how did it end. */
function outcomeOf(r: { challenge_status: string; take_status: string | null }): Outcome {
  const t = r.take_status
  if (t === 'awarded') return r.challenge_status === 'solved' ? 'solved' : 'awarded'
  if (r.challenge_status !== 'open') return 'closed'
  if (t === 'shortlisted') return 'shortlisted'
  if (t === 'submitted') return 'took'
  return 'introduced'
}

export function introductionsQuery(db: Trx) {
  return db
    .selectFrom('talent_introductions as i')
    .innerJoin('talent_challenges as c', 'c.id', 'i.challenge_id')
    .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .innerJoin('users as x', 'x.id', 'i.expert_id')
    .leftJoin('talent_takes as t', (j) =>
      j
        .onRef('t.challenge_id', '=', 'i.challenge_id')
        .onRef('t.user_id', '=', 'i.expert_id')
        .on('t.status', '<>', 'withdrawn'),
    )
    .select([
      'i.id',
      'i.challenge_id',
      'i.expert_id',
      'i.note',
      'i.created_at',
      'c.title',
      'c.status as challenge_status',
      'e.name as enterprise_name',
      'x.display_name as expert_name',
      't.status as take_status',
    ])
}
type Row = Awaited<ReturnType<ReturnType<typeof introductionsQuery>['execute']>>[number]

export function presentIntroduction(r: Row) {
  const outcome = outcomeOf(r)
  return {
    id: r.id,
    challengeId: r.challenge_id,
    challengeTitle: r.title,
    enterpriseName: r.enterprise_name,
    expertId: r.expert_id,
    expertName: r.expert_name,
    note: r.note,
    introducedAt: formatShanghai(new Date(r.created_at)),
    outcome,
    outcomeLabel: OUTCOME_LABEL[outcome],
  }
}
