import { handler } from '../../server/core/define-function'
import { detailsReader } from './domain/access'
import { detailsOf } from './domain/challenges'

/** The confidential details: the posting enterprise's liaisons, or an expert who accepted the terms. */
export const details = handler('talent', 'details', {
  access: detailsReader('challengeId'),
  async run({ db }, { challengeId }) {
    return detailsOf(db, challengeId)
  },
})
