import { handler, own } from '../../server/core/define-function'
import { presentProfile, profileOf } from './domain/profiles'

export const myProfile = handler('talent', 'myProfile', {
  access: own("reads the caller's own supply profile"),
  async run({ db, user }) {
    const p = await profileOf(db, user.id)
    return { profile: p ? presentProfile(p) : null }
  },
})
