import { handler } from '../../server/core/define-function'
import { saveStation } from './domain/save'

/** Admin: create a station (no id) or edit one. */
export const save = handler('stations', 'save', {
  access: ['admin'],
  async run(ctx, { id, station }) {
    const saved = await saveStation(ctx, station, id ?? 'new')
    return { id: saved.id, code: saved.code }
  },
})
