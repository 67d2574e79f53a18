import { handler } from '../../server/core/define-function'
import { presentProfile, profileOf, saveProfile as save } from './domain/profiles'

/** The expert's supply profile (人才供给资源库): field, skills, availability, 双聘, languages, place. */
export const saveProfile = handler('talent', 'saveProfile', {
  access: ['expert'],
  async run(ctx, input) {
    await save(ctx, ctx.user, input)
    return presentProfile((await profileOf(ctx.db, ctx.user.id))!)
  },
})
