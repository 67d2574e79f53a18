import { handler, own } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'

/** Canteens whose counter the asker runs (admin: all; social worker: their community's; staff: theirs). */
export const myCounters = handler('canteen', 'myCounters', {
  access: own('canteens whose counter the caller runs'),
  async run({ db, user }) {
    let q = db.selectFrom('canteens').select(['id', 'name']).where('active', '=', true).orderBy('id')
    if (!isAdmin(user)) {
      const communities = socialWorkerOf(user)
      q = q.where((eb) =>
        eb.or([
          ...(communities.length ? [eb('community_id', 'in', communities)] : []),
          eb('id', 'in', eb.selectFrom('canteen_staff').select('canteen_id').where('user_id', '=', user.id)),
        ]),
      )
    }
    return { items: await q.execute() }
  },
})
