import type { PersonalData } from '../../server/core/feature'

/** 网格交接: the periods a 社工 was responsible for a grid, and the handovers an admin signed. */
export const adminPersonalData: PersonalData = {
  tables: ['grid_handovers'],
  goes: [],
  stays: ['你负责网格的时段与经手的网格交接记录（属于社区，不再关联到你）'],
  async export({ db }, userId) {
    const periods = await db
      .selectFrom('grid_handovers as h')
      .innerJoin('grids as g', 'g.id', 'h.grid_id')
      .select(['g.name as grid', 'h.since', 'h.until'])
      .where('h.social_worker_id', '=', userId)
      .orderBy('h.id')
      .execute()
    return { gridPeriods: periods }
  },
  async erase({ db, now }, userId) {
    // An open period ends with the account (the user feature clears grids.social_worker_id).
    await db
      .updateTable('grid_handovers')
      .set({ until: now })
      .where('social_worker_id', '=', userId)
      .where('until', 'is', null)
      .execute()
    await db
      .updateTable('grid_handovers')
      .set({ social_worker_id: null })
      .where('social_worker_id', '=', userId)
      .execute()
    await db.updateTable('grid_handovers').set({ handed_by: null }).where('handed_by', '=', userId).execute()
  },
}
