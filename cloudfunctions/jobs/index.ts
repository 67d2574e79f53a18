// Cloud function `jobs`: the 零工市场. Enterprises post jobs and gigs (checked by rules, then by a
// 社工), workers keep a job profile, browse nearby and apply in one tap; enterprises rank, invite,
// hire (never past the headcount), confirm gig hours; workers check in at the site by its code;
// both sides rate each other.
import { jobsContract } from '../../contract/jobs'
import { defineFunction } from '../features'
import { applicants } from './applicants'
import { apply } from './apply'
import { checkIn } from './checkIn'
import { closePosting } from './closePosting'
import { confirmHours } from './confirmHours'
import { decide } from './decide'
import { demandDraft } from './demandDraft'
import { exportApplicants } from './exportApplicants'
import { marketStats } from './marketStats'
import { myApplications } from './myApplications'
import { myPostings } from './myPostings'
import { myProfile } from './myProfile'
import { nearby } from './nearby'
import { posting } from './posting'
import { rate } from './rate'
import { report } from './report'
import { review } from './review'
import { reviewQueue } from './reviewQueue'
import { saveProfile } from './saveProfile'
import { savePosting } from './savePosting'
import { siteCode } from './siteCode'
import { shareAddWorker } from './shareAddWorker'
import { shareBoard } from './shareBoard'
import { shareConfirm } from './shareConfirm'
import { shareConsent } from './shareConsent'
import { shareMatch } from './shareMatch'
import { shareOffer } from './shareOffer'
import { shareStats } from './shareStats'
import { withdraw } from './withdraw'

export const main = defineFunction('jobs', jobsContract, {
  nearby,
  posting,
  savePosting,
  demandDraft,
  closePosting,
  myPostings,
  reviewQueue,
  review,
  report,
  myProfile,
  saveProfile,
  apply,
  withdraw,
  myApplications,
  applicants,
  decide,
  exportApplicants,
  siteCode,
  checkIn,
  confirmHours,
  rate,
  shareOffer,
  shareBoard,
  shareMatch,
  shareConfirm,
  shareAddWorker,
  shareConsent,
  shareStats,
  marketStats,
})
