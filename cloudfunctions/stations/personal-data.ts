import type { PersonalData } from '../../server/core/feature'

/** Ratings and reports a person gave, and the stations they manage. */
export const stationsPersonalData: PersonalData = {
  tables: ['station_ratings', 'station_reports', 'station_managers'],
  goes: ['站点评价里写的文字', '站点管理员身份'],
  stays: ['站点评分的星级（计入站点平均分）', '提交过的站点问题反馈（社区处理需要，不再关联到你）'],
  async export({ db }, userId) {
    const ratings = await db
      .selectFrom('station_ratings as r')
      .innerJoin('stations as s', 's.id', 'r.station_id')
      .select(['s.name as station', 'r.stars', 'r.text', 'r.created_at as createdAt'])
      .where('r.user_id', '=', userId)
      .orderBy('r.created_at')
      .execute()
    const reports = await db
      .selectFrom('station_reports as r')
      .innerJoin('stations as s', 's.id', 'r.station_id')
      .select([
        's.name as station',
        'r.kind',
        'r.text',
        'r.status',
        'r.resolution',
        'r.created_at as createdAt',
        'r.resolved_at as resolvedAt',
      ])
      .where('r.user_id', '=', userId)
      .orderBy('r.id')
      .execute()
    const managed = await db
      .selectFrom('station_managers as m')
      .innerJoin('stations as s', 's.id', 'm.station_id')
      .select('s.name')
      .where('m.user_id', '=', userId)
      .execute()
    return { stationRatings: ratings, stationReports: reports, stationsManaged: managed.map((m) => m.name) }
  },
  async erase({ db }, userId) {
    await db.updateTable('station_ratings').set({ text: '' }).where('user_id', '=', userId).execute()
    await db.deleteFrom('station_managers').where('user_id', '=', userId).execute()
  },
}
