import { handler } from '../../server/core/define-function'
import { applicationsQuery, presentApplication } from './domain/applications'
import { boothHolder } from './domain/access'
import { boothQr } from './domain/codes'
import { fairsQuery, positionsOf, presentFair } from './domain/present'

/** The enterprise's booth: the code seekers scan, its positions, and the 投递 it received. */
export const myBooth = handler('fairs', 'myBooth', {
  access: boothHolder('boothId'),
  async run({ db, now, target: booth }) {
    const fair = presentFair(await fairsQuery(db).where('f.id', '=', booth.fair_id).executeTakeFirstOrThrow(), now)
    const apps = await applicationsQuery(db).where('a.booth_id', '=', booth.id).orderBy('a.id').execute()
    return {
      boothId: booth.id,
      fair,
      enterpriseName: booth.enterprise_name,
      // A cancelled booth's code no longer takes applications; it is not shown.
      code: booth.cancelled_at ? '' : booth.code,
      positions: (await positionsOf(db, [booth.id])).get(booth.id) ?? [],
      applications: apps.map(presentApplication),
      cancellable: !booth.cancelled_at && fair.status === 'scheduled' && now < new Date(fair.startsAt),
    }
  },
  async finish(d) {
    return { ...d, qr: d.code ? await boothQr(d.code) : '' }
  },
})
