import type {
  ApplicantOwnerAction,
  ChallengeOwnerAction,
  MilestoneOwnerAction,
  NeedOwnerAction,
  TakeOwnerAction,
} from '../../../contract/talent'
import type { ChallengeStatus, TakeStatus } from '../tables'

type MilestoneStatus = 'pending' | 'submitted' | 'accepted'

/** What the manage page needs to know to say what the owner may do (the actions check the same rules). */
export interface OwnerState {
  status: ChallengeStatus
  reviewHeld: boolean
  takes: { status: TakeStatus }[]
  milestones: { status: MilestoneStatus }[]
  rated: boolean
}

const pick = <A extends string>(rules: Record<A, boolean>) => (Object.keys(rules) as A[]).filter((a) => rules[a])

/**
 * The buttons the posting enterprise gets on its challenge now: the same conditions its actions
 * refuse on (closeChallenge, holdReview, setMilestones, acceptDelivery, rate), so a button shown
 * is a button that works.
 */
export function ownerCan(s: OwnerState): ChallengeOwnerAction[] {
  const open = s.status === 'open'
  return pick<ChallengeOwnerAction>({
    close: open,
    // The meeting invites the shortlisted takers: one at least, and only one meeting.
    holdReview: open && !s.reviewHeld && s.takes.some((t) => t.status === 'shortlisted'),
    // Replaceable until the winner submits the first one.
    setMilestones: s.status === 'awarded' && s.milestones.every((m) => m.status === 'pending'),
    acceptDelivery: s.status === 'awarded' && s.milestones.every((m) => m.status === 'accepted'),
    rate: s.status === 'solved' && !s.rated,
    dismissTalent: open,
  })
}

/** 入围 / 取消入围 / 定榜 on one take: while the challenge is open (withdrawn takes are not listed). */
export function takeCan(challenge: ChallengeStatus, take: { status: TakeStatus }): TakeOwnerAction[] {
  const open = challenge === 'open' && take.status !== 'withdrawn'
  return pick<TakeOwnerAction>({
    shortlist: open && take.status !== 'shortlisted',
    unshortlist: open && take.status === 'shortlisted',
    award: open,
  })
}

/** 验收 on one milestone: once the winner has submitted it. */
export const milestoneCan = (m: { status: MilestoneStatus }): MilestoneOwnerAction[] =>
  m.status === 'submitted' ? ['accept'] : []

/** 关闭需求 on a talent need: while it is open (closeNeed refuses otherwise). */
export const needCan = (need: { status: string }): NeedOwnerAction[] => (need.status === 'open' ? ['close'] : [])

/** 录用 one who applied: while the need is open and they are not yet hired or declined (as hireForNeed). */
export const applicantCan = (need: { status: string }, application: { status: string }): ApplicantOwnerAction[] =>
  need.status === 'open' && application.status === 'applied' ? ['hire'] : []
