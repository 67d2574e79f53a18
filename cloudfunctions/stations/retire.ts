import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'

/** Admin: retire a station. It leaves the map; its history (ratings, reports) stays. */
export const retire = handler('stations', 'retire', {
  access: ['admin'],
  async run({ db, now }, { id }) {
    const r = await db
      .updateTable('stations')
      .set({ retired_at: now, updated_at: now })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) === 0) refuse('NOT_FOUND', '站点不存在或已撤销')
    return { id, retired: true as const }
  },
})
