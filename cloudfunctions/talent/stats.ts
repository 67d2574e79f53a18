import { handler } from '../../server/core/define-function'
import { historyRecords, talentStats } from './domain/stats'

/** Posted, taken, solved, teams formed… per community and per district, counted from the records. */
export const stats = handler('talent', 'stats', {
  access: 'public',
  async run({ db }) {
    const strip = <T extends { key: unknown; name: string }>({ key: _key, name: _name, ...rest }: T) => rest
    const communities = await talentStats(db, 'community')
    const districts = await talentStats(db, 'district')
    return {
      districts: districts.map((d) => ({ ...strip(d), district: d.district })),
      communities: communities.map(({ key, name, ...rest }) => ({
        ...rest,
        id: Number(key),
        name,
      })),
      demoHistory: await historyRecords(db),
    }
  },
})
