import type { PersonalData } from '../../server/core/feature'

/**
 * 全链共享 records belong to enterprises (a round's membership and readings, a loan application,
 * a patent tick): a person's part is having filed them. Deletion takes the person off them;
 * the records stay with the enterprise, which still needs them.
 */
export const sharingPersonalData: PersonalData = {
  tables: [
    'sharing_power_rounds',
    'sharing_power_members',
    'sharing_power_readings',
    'sharing_loans',
    'sharing_loan_files',
    'sharing_patent_picks',
  ],
  goes: ['你作为经办人与绿电享、红链贷、专利意向记录的关联'],
  stays: ['企业的绿电享用电记录、红链贷申请与材料、专利意向（属于企业，不再关联到你）'],
  async export({ db }, userId) {
    const joined = await db
      .selectFrom('sharing_power_members as m')
      .innerJoin('sharing_power_rounds as r', 'r.id', 'm.round_id')
      .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
      .select(['r.title as round', 'e.name as enterprise', 'm.monthly_kwh as monthlyKwh', 'm.joined_at as joinedAt'])
      .where('m.joined_by', '=', userId)
      .execute()
    const readings = await db
      .selectFrom('sharing_power_readings as k')
      .innerJoin('sharing_power_rounds as r', 'r.id', 'k.round_id')
      .select(['r.title as round', 'k.month', 'k.kwh', 'k.recorded_at as recordedAt'])
      .where('k.recorded_by', '=', userId)
      .orderBy('k.month')
      .execute()
    const loans = await db
      .selectFrom('sharing_loans as l')
      .innerJoin('enterprises as e', 'e.id', 'l.enterprise_id')
      .select([
        'e.name as enterprise',
        'l.amount_yuan as amountYuan',
        'l.purpose',
        'l.status',
        'l.created_at as createdAt',
      ])
      .where('l.applicant_id', '=', userId)
      .execute()
    const files = await db
      .selectFrom('sharing_loan_files')
      .select(['loan_id as loanId', 'name', 'size', 'created_at as createdAt'])
      .where('uploaded_by', '=', userId)
      .execute()
    const picks = await db
      .selectFrom('sharing_patent_picks as k')
      .innerJoin('sharing_patents as p', 'p.id', 'k.patent_id')
      .select(['p.number', 'p.title', 'k.picked_at as pickedAt'])
      .where('k.picked_by', '=', userId)
      .execute()
    const rounds = await db
      .selectFrom('sharing_power_rounds')
      .select(['title', 'created_at as createdAt'])
      .where('created_by', '=', userId)
      .execute()
    return {
      sharingRoundsJoined: joined,
      sharingReadings: readings,
      sharingRoundsCreated: rounds,
      sharingLoans: loans,
      sharingLoanFiles: files,
      sharingPatentPicks: picks,
    }
  },
  async erase({ db }, userId) {
    await db.updateTable('sharing_power_rounds').set({ created_by: null }).where('created_by', '=', userId).execute()
    await db.updateTable('sharing_power_members').set({ joined_by: null }).where('joined_by', '=', userId).execute()
    await db
      .updateTable('sharing_power_readings')
      .set({ recorded_by: null })
      .where('recorded_by', '=', userId)
      .execute()
    await db.updateTable('sharing_loans').set({ applicant_id: null }).where('applicant_id', '=', userId).execute()
    await db.updateTable('sharing_loan_files').set({ uploaded_by: null }).where('uploaded_by', '=', userId).execute()
    await db.updateTable('sharing_patent_picks').set({ picked_by: null }).where('picked_by', '=', userId).execute()
  },
}
