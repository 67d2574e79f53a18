import { handler, own } from '../../server/core/define-function'

/** Canteens whose counter the asker runs (admin: all; social worker: their community's; staff: theirs). */
export const myCounters = handler('canteen', 'myCounters', {
  access: own('canteens whose counter the caller runs'),
  async run({ db, user }) {
    let q = db.selectFrom('canteens').select(['id', 'name']).where('active', '=', true).orderBy('id')
    if (user.role !== 'admin') {
      q = q.where((eb) =>
        eb.or([
          ...(user.role === 'social_worker' && user.community_id ? [eb('community_id', '=', user.community_id)] : []),
          eb('id', 'in', eb.selectFrom('canteen_staff').select('canteen_id').where('user_id', '=', user.id)),
        ]),
      )
    }
    return { items: await q.execute() }
  },
})
