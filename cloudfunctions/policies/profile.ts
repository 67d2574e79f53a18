import { handler, own } from '../../server/core/define-function'
import { readProfile } from './domain/profile'

/** The caller's profile of facts (what eligibility is worked out from). */
export const profile = handler('policies', 'profile', {
  access: own("reads the caller's own profile of facts"),
  run: (ctx) => readProfile(ctx, ctx.user.id, ctx.user.roles),
})
