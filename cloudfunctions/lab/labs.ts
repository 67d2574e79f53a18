import { handler } from '../../server/core/define-function'
import { labsQuery, presentLab } from './domain/present'

/** The labs, for the catalogue's first choice. */
export const labs = handler('lab', 'labs', {
  access: 'public',
  async run({ db }) {
    return { items: (await labsQuery(db).execute()).map(presentLab) }
  },
})
