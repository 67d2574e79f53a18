import { handler } from '../../server/core/define-function'
import { presentWishDetail } from './domain/claims'

/** A wish's page: the wish, its claim, and what the caller may do (`can`). Wishes are public like the lists. */
export const wishDetail = handler('demands', 'wishDetail', {
  access: 'public',
  async run({ db, user }, { wishId }) {
    return presentWishDetail(db, wishId, user)
  },
})
