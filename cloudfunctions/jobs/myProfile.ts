import { handler, own } from '../../server/core/define-function'

/** The caller's job profile (null before the first save). */
export const myProfile = handler('jobs', 'myProfile', {
  access: own("reads the caller's own job profile"),
  async run({ db, user }) {
    const p = await db.selectFrom('job_profiles').selectAll().where('user_id', '=', user.id).executeTakeFirst()
    return {
      profile: p
        ? {
            skills: p.skills,
            certificates: p.certificates,
            availability: p.availability,
            phone: p.phone,
            intro: p.intro,
            lng: p.lng,
            lat: p.lat,
          }
        : null,
    }
  },
})
