import { sql } from 'kysely'
import type { PersonalData } from '../../server/core/feature'

/**
 * 零工市场: the job profile, applications (with shifts, check-ins and hours), ratings, reports, and
 * postings made for an enterprise. On deletion the profile goes; applications stay for the
 * enterprise's statistics, naming nobody (user_id and note cleared).
 */
export const jobsPersonalData: PersonalData = {
  tables: [
    'job_profiles',
    'job_applications',
    'job_reports',
    'job_postings',
    'job_shares',
    'job_share_matches',
    'job_share_workers',
  ],
  goes: ['求职档案（技能、证书、可工作时间、手机号、位置）', '投递时的留言', '举报记录与你的关联'],
  stays: [
    '投递、录用、签到与工时记录（企业统计不变，不再关联到你）',
    '评分（不再关联到你）',
    '你为企业发布的岗位（属于企业）',
    '共享员工的同意记录与人天统计（不再关联到你）',
  ],
  async export({ db }, userId) {
    const profile = await db.selectFrom('job_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst()
    const applications = await db
      .selectFrom('job_applications as a')
      .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
      .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
      .select(['a.id', 'p.title', 'e.name as enterprise', 'a.status', 'a.note', 'a.created_at', 'a.updated_at'])
      .select(
        sql<unknown>`(select coalesce(json_agg(json_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at,
          'checkedInAt', x.checked_in_at, 'checkedOutAt', x.checked_out_at, 'confirmedMinutes', x.confirmed_minutes,
          'noShow', x.no_show) order by s.starts_at), '[]')
          from job_application_shifts x join job_shifts s on s.id = x.shift_id where x.application_id = a.id)`.as(
          'shifts',
        ),
      )
      .where('a.user_id', '=', userId)
      .orderBy('a.id')
      .execute()
    const reports = await db
      .selectFrom('job_reports as r')
      .innerJoin('job_postings as p', 'p.id', 'r.posting_id')
      .select(['p.title', 'r.reason', 'r.created_at'])
      .where('r.user_id', '=', userId)
      .execute()
    const posted = await db
      .selectFrom('job_postings')
      .select(['title', 'status', 'created_at'])
      .where('posted_by', '=', userId)
      .execute()
    const shared = await db
      .selectFrom('job_share_workers as w')
      .innerJoin('job_share_matches as m', 'm.id', 'w.match_id')
      .select(['m.start_date', 'm.end_date', 'w.consented_at', 'w.declined_at'])
      .where('w.user_id', '=', userId)
      .execute()
    return {
      jobProfile: profile ?? null,
      jobApplications: applications,
      jobReports: reports,
      jobPostings: posted,
      sharedEmployee: shared,
    }
  },
  async erase({ db }, userId) {
    await db.deleteFrom('job_profiles').where('user_id', '=', userId).execute()
    await db.updateTable('job_applications').set({ user_id: null, note: '' }).where('user_id', '=', userId).execute()
    await db.updateTable('job_reports').set({ user_id: null }).where('user_id', '=', userId).execute()
    await db.updateTable('job_postings').set({ posted_by: null }).where('posted_by', '=', userId).execute()
    await db.updateTable('job_postings').set({ reviewed_by: null }).where('reviewed_by', '=', userId).execute()
    await db.updateTable('job_shares').set({ created_by: null }).where('created_by', '=', userId).execute()
    await db.updateTable('job_share_matches').set({ matched_by: null }).where('matched_by', '=', userId).execute()
    await db.updateTable('job_share_workers').set({ user_id: null }).where('user_id', '=', userId).execute()
  },
}
