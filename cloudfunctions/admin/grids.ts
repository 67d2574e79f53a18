import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { communityReach } from './domain/access'
import { gridWarnings, handoverHistory } from './domain/grids'
import { socialWorkersOf } from './domain/people'

/** A community's grids with their responsible 社工 and enterprises, and the 社工 to pick from. */
export const grids = handler('admin', 'grids', {
  access: communityReach('communityId'),
  async run({ db }, { communityId }) {
    const community = await db.selectFrom('communities').select('name').where('id', '=', communityId).executeTakeFirst()
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    const items = await db
      .selectFrom('grids as g')
      .leftJoin('users as u', 'u.id', 'g.social_worker_id')
      .select((eb) => [
        'g.id',
        'g.name',
        'g.area',
        'g.social_worker_id',
        'u.display_name as social_worker',
        eb
          .selectFrom('enterprises as e')
          .whereRef('e.grid_id', '=', 'g.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('enterprises'),
      ])
      .where('g.community_id', '=', communityId)
      .orderBy('g.id')
      .execute()
    const socialWorkers = await socialWorkersOf(db, communityId)
    const history = await handoverHistory(
      db,
      items.map((g) => g.id),
    )
    const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString())
    const list = items.map((g) => ({
      id: g.id,
      name: g.name,
      area: g.area,
      socialWorkerId: g.social_worker_id,
      socialWorker: g.social_worker ?? null,
      enterprises: Number(g.enterprises ?? 0),
      handovers: history
        .filter((h) => h.grid_id === g.id)
        .slice(0, 5)
        .map((h) => ({ worker: h.worker, since: iso(h.since)!, until: iso(h.until), by: h.by, note: h.note })),
    }))
    return { community: community.name, items: list, socialWorkers, warnings: gridWarnings(list) }
  },
})
