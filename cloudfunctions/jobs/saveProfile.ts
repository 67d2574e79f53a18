import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { documentTokens } from '../../server/matching/concepts'

/** The caller's job profile: skills, certificates, availability, a phone enterprises see once they accept. */
export const saveProfile = handler('jobs', 'saveProfile', {
  access: own("saves the caller's own job profile"),
  async run({ db, user, now }, input) {
    if ((input.lng === null) !== (input.lat === null)) refuse('BAD_REQUEST', '位置需同时包含经度和纬度')
    const values = {
      skills: input.skills,
      certificates: input.certificates,
      availability: input.availability,
      phone: input.phone,
      intro: input.intro,
      lng: input.lng,
      lat: input.lat,
      concepts: documentTokens([input.intro], [...input.skills, ...input.certificates]),
      updated_at: now,
    }
    await db
      .insertInto('job_profiles')
      .values({ user_id: user.id, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute()
    return { saved: true as const }
  },
})
