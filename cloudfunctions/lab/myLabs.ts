import { handler } from '../../server/core/define-function'
import { isAdmin, labsOf, socialWorkerOf } from '../../server/people/roles'
import { labsQuery, presentLab } from './domain/present'

/** The labs the asker keeps: their own as lab staff; an admin all; a 社工 those of their communities. */
export const myLabs = handler('lab', 'myLabs', {
  access: ['lab_staff', 'admin', 'social_worker'],
  async run({ db, user }) {
    let q = labsQuery(db)
    if (!isAdmin(user)) {
      const labs = labsOf(user)
      const communities = socialWorkerOf(user)
      q = q.where((eb) =>
        eb.or([
          eb('l.id', 'in', labs.length ? labs : [-1]),
          eb('l.community_id', 'in', communities.length ? communities : [-1]),
        ]),
      )
    }
    return { items: (await q.execute()).map(presentLab) }
  },
})
