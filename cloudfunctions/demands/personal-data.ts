import { sql } from 'kysely'
import type { PersonalData } from '../../server/core/feature'

/** Demands filed for an enterprise, steps taken as staff, wishes and votes, uploads, visits made as a 社工. */
export const demandsPersonalData: PersonalData = {
  tables: [
    'demands',
    'demand_assignments',
    'demand_events',
    'wishes',
    'wish_votes',
    'demand_resources',
    'demand_attachments',
    'uploads',
    'visits',
  ],
  goes: ['你发布的微心愿及其照片', '你点过的“我也需要”', '你上传但没有用上的附件'],
  stays: [
    '以企业名义提交的诉求及其办理进程（属于企业，不再关联到你）',
    '以社工或部门身份办理诉求的记录（统计不变，不再关联到你）',
    '以社工身份做的走访记录及代报的诉求（属于社区，不再关联到你）',
  ],
  async export({ db }, userId) {
    const filed = await db
      .selectFrom('demands')
      .select(['id', 'title', 'category', 'status', 'filed_at', 'closed_at', 'rating'])
      .where('filed_by', '=', userId)
      .orderBy('id')
      .execute()
    const wishes = await db
      .selectFrom('wishes')
      .select(['id', 'title', 'description', 'category', 'status', 'votes', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()
    const votes = await db
      .selectFrom('wish_votes as v')
      .innerJoin('wishes as w', 'w.id', 'v.wish_id')
      .select(['w.title', 'v.at'])
      .where('v.user_id', '=', userId)
      .execute()
    const steps = await db
      .selectFrom('demand_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('actor_id', '=', userId)
      .executeTakeFirstOrThrow()
    const uploads = await db
      .selectFrom('uploads')
      .select(['name', 'size', 'created_at'])
      .where('owner_id', '=', userId)
      .execute()
    // Visits they planned or made as a 社工: the people met are named as the 社工 wrote them.
    const visits = await db
      .selectFrom('visits as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select([
        'v.id',
        'e.name as enterprise',
        'v.status',
        sql<string | null>`v.planned_on::text`.as('planned_on'),
        sql<string | null>`v.visited_on::text`.as('visited_on'),
        'v.met',
        'v.findings',
      ])
      .where('v.worker_id', '=', userId)
      .orderBy('v.id')
      .execute()
    return {
      visits,
      demandsFiled: filed,
      demandSteps: Number(steps.n),
      wishes,
      wishVotes: votes,
      demandUploads: uploads,
    }
  },
  async erase({ db }, userId) {
    // Votes go, and the counts they made with them.
    const voted = await db.deleteFrom('wish_votes').where('user_id', '=', userId).returning('wish_id').execute()
    if (voted.length)
      await db
        .updateTable('wishes')
        .set((eb) => ({ votes: eb('votes', '-', 1) }))
        .where(
          'id',
          'in',
          voted.map((v) => v.wish_id),
        )
        .execute()
    // Their own wishes go whole: photos, others' votes on them, the wish.
    const mine = db.selectFrom('wishes').select('id').where('user_id', '=', userId)
    await db.deleteFrom('demand_attachments').where('wish_id', 'in', mine).execute()
    await db.deleteFrom('wish_votes').where('wish_id', 'in', mine).execute()
    await db.deleteFrom('wishes').where('user_id', '=', userId).execute()
    // What they did for an enterprise, a community or a department stays, no longer theirs.
    await db.updateTable('demands').set({ filed_by: null }).where('filed_by', '=', userId).execute()
    await db.updateTable('demands').set({ confirmed_by: null }).where('confirmed_by', '=', userId).execute()
    await db.updateTable('visits').set({ worker_id: null }).where('worker_id', '=', userId).execute()
    await db.updateTable('demand_events').set({ actor_id: null }).where('actor_id', '=', userId).execute()
    await db
      .updateTable('demand_assignments')
      .set({ dispatched_by: null })
      .where('dispatched_by', '=', userId)
      .execute()
    await db.updateTable('demand_assignments').set({ responded_by: null }).where('responded_by', '=', userId).execute()
    await db.updateTable('wishes').set({ linked_by: null }).where('linked_by', '=', userId).execute()
    await db.updateTable('demand_resources').set({ created_by: null }).where('created_by', '=', userId).execute()
    await db.updateTable('demand_attachments').set({ uploaded_by: null }).where('uploaded_by', '=', userId).execute()
    await db.deleteFrom('uploads').where('owner_id', '=', userId).execute()
  },
}
