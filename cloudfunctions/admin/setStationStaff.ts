import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { stationKeeper } from './domain/access'
import { staffCandidate } from './domain/place-staff'

/** Add or remove a station's staff (they set its live status, hours and answer reports). Audited. */
export const setStationStaff = handler('admin', 'setStationStaff', {
  access: stationKeeper('stationId', { roles: ['admin', 'social_worker'] }),
  async run(ctx, { stationId, userId, staff }) {
    const { db, target: station } = ctx
    const person = await staffCandidate(ctx, userId)
    if (staff && person.disabled) refuse('CONFLICT', '该账号已停用，不能设为工作人员')
    const r = staff
      ? await db
          .insertInto('station_managers')
          .values({ station_id: stationId, user_id: userId })
          .onConflict((oc) => oc.columns(['station_id', 'user_id']).doNothing())
          .executeTakeFirst()
      : await db
          .deleteFrom('station_managers')
          .where('station_id', '=', stationId)
          .where('user_id', '=', userId)
          .executeTakeFirst()
    const changed = Number('numInsertedOrUpdatedRows' in r ? r.numInsertedOrUpdatedRows : r.numDeletedRows) > 0
    if (changed) {
      await audit(ctx, {
        actorId: ctx.user.id,
        action: staff ? 'station.staff.add' : 'station.staff.remove',
        subject: { type: 'user', id: userId },
        communityId: station.community_id,
        after: { station: station.name, staff },
      })
    }
    return { changed }
  },
})
