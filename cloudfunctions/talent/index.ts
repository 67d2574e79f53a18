// Cloud function `talent`: the talent-matching board (人才揭榜). Enterprises post challenges
// (揭榜挂帅) and talent needs, experts and teams take them, both sides get recommendations with
// reasons, brokers (人才经纪人) introduce experts to enterprises. A challenge's confidential details
// reach only its enterprise and experts who accepted its terms (see contract/talent.ts).
import { talentContract } from '../../contract/talent'
import { defineFunction } from '../features'
import { acceptDelivery } from './acceptDelivery'
import { acceptMilestone } from './acceptMilestone'
import { acceptTerms } from './acceptTerms'
import { applyNeed } from './applyNeed'
import { award } from './award'
import { board } from './board'
import { brokerBoard } from './brokerBoard'
import { challenge } from './challenge'
import { closeChallenge } from './closeChallenge'
import { closeNeed } from './closeNeed'
import { createTeam } from './createTeam'
import { details } from './details'
import { dismiss } from './dismiss'
import { dismissTalent } from './dismissTalent'
import { exportBoard } from './exportBoard'
import { hireForNeed } from './hireForNeed'
import { holdReview } from './holdReview'
import { introduce } from './introduce'
import { introductions } from './introductions'
import { invite } from './invite'
import { leaveTeam } from './leaveTeam'
import { manage } from './manage'
import { mine } from './mine'
import { myApplications } from './myApplications'
import { myProfile } from './myProfile'
import { myTakes } from './myTakes'
import { myTeams } from './myTeams'
import { needApplicants } from './needApplicants'
import { needs } from './needs'
import { postChallenge } from './postChallenge'
import { postNeed } from './postNeed'
import { rate } from './rate'
import { recommendForMe } from './recommendForMe'
import { recommendTalents } from './recommendTalents'
import { respondInvite } from './respondInvite'
import { saveProfile } from './saveProfile'
import { searchExperts } from './searchExperts'
import { setMilestones } from './setMilestones'
import { shortlist } from './shortlist'
import { stats } from './stats'
import { submitMilestone } from './submitMilestone'
import { take } from './take'
import { withdrawTake } from './withdrawTake'

export const main = defineFunction('talent', talentContract, {
  // Anyone
  board,
  challenge,
  needs,
  stats,
  // 企业联络员
  mine,
  postChallenge,
  closeChallenge,
  manage,
  shortlist,
  holdReview,
  award,
  setMilestones,
  acceptMilestone,
  acceptDelivery,
  rate,
  postNeed,
  closeNeed,
  needApplicants,
  hireForNeed,
  recommendTalents,
  dismissTalent,
  // 专家与团队
  acceptTerms,
  details,
  myProfile,
  saveProfile,
  recommendForMe,
  dismiss,
  applyNeed,
  myApplications,
  take,
  withdrawTake,
  myTakes,
  submitMilestone,
  searchExperts,
  createTeam,
  invite,
  respondInvite,
  leaveTeam,
  myTeams,
  // 人才经纪人
  brokerBoard,
  introduce,
  introductions,
  exportBoard,
})
