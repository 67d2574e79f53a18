import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import type { PostingDetail } from '../../contract/jobs'
import { isLiaisonOf, postingRow, reviewsCommunity } from './domain/access'
import { applicationView } from './domain/applications'
import { accepted, presentSummary, shiftLabel, summaries } from './domain/present'

/**
 * One posting with what the asker may do (`can`). Public once approved; before that (and once
 * refused) only its enterprise, the community's 社工 and people who applied see it. The contact
 * is shown to the enterprise and to applicants it invited or hired.
 */
export const posting = handler('jobs', 'posting', {
  access: 'public',
  async run({ db, user, now }, { id }): Promise<PostingDetail> {
    const p = await postingRow(db, id)
    const liaison = !!user && isLiaisonOf(user, p.enterprise_id)
    const reviewer = !!user && reviewsCommunity(user, p.community_id)
    const mine = user
      ? await db
          .selectFrom('job_applications')
          .selectAll()
          .where('posting_id', '=', id)
          .where('user_id', '=', user.id)
          .executeTakeFirst()
      : undefined
    if (p.status !== 'open' && !liaison && !reviewer && !mine) refuse('NOT_FOUND', '岗位不存在或尚未公开')
    const row = await summaries(db).where('p.id', '=', id).executeTakeFirstOrThrow()
    const shifts = await db
      .selectFrom('job_shifts')
      .select(['id', 'starts_at', 'ends_at'])
      .where('posting_id', '=', id)
      .orderBy('starts_at')
      .execute()
    const myView = mine ? await applicationView(db, mine, p, now) : null
    const live = mine && mine.status !== 'withdrawn' && mine.status !== 'rejected'
    const can: PostingDetail['can'] = []
    const full = p.hired >= p.headcount
    if (user && p.status === 'open' && !full && !liaison && (!mine || mine.status === 'withdrawn')) can.push('apply')
    if (myView?.can.includes('withdraw')) can.push('withdraw')
    if (user && !liaison && p.status === 'open') can.push('report')
    if (liaison && p.status !== 'closed') can.push('edit', 'close')
    if (liaison) can.push('applicants')
    if (reviewer && p.status === 'review') can.push('review')
    const showContact = liaison || (live && accepted(mine.status))
    return {
      ...presentSummary(row, null),
      endDate: p.end_text,
      description: p.description,
      demandId: liaison ? p.demand_id : null,
      skills: p.skills,
      ageMin: p.age_min,
      ageMax: p.age_max,
      healthCert: p.health_cert,
      shifts: shifts.map((s) => ({
        id: s.id,
        startsAt: new Date(s.starts_at).toISOString(),
        endsAt: new Date(s.ends_at).toISOString(),
        label: shiftLabel(s.starts_at, s.ends_at),
      })),
      contact: showContact ? { name: p.contact_name, phone: p.contact_phone } : null,
      reviewNote: liaison || reviewer ? p.review_note : '',
      mine: myView,
      can,
    }
  },
})
