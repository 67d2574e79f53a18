import { handler } from '../../server/core/define-function'
import { saveStation } from './domain/save'

/** Admin: create a station (no id) or edit one. */
export const save = handler<'stations', 'save', readonly ['admin']>({
  access: ['admin'],
  async run({ db }, { id, station }) {
    const saved = await saveStation(db, station, id ?? 'new')
    return { id: saved.id, code: saved.code }
  },
})
