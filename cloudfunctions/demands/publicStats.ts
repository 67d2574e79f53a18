import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { headline } from './domain/headline'

/** Public: a community's headline figures and its district's, from the records (no typed-in numbers). */
export const publicStats = handler('demands', 'publicStats', {
  access: 'public',
  async run({ db, user }, input) {
    const communities = await db.selectFrom('communities').select(['id', 'name', 'district']).orderBy('id').execute()
    const id = input.communityId ?? user?.community_id ?? communities[0]?.id
    const c = communities.find((x) => x.id === id)
    if (!c) return refuse('NOT_FOUND', '社区不存在')
    return {
      community: await headline(db, c.name, { communityId: c.id }),
      district: await headline(db, c.district, { district: c.district }),
      communities: communities.map(({ id, name }) => ({ id, name })),
      communityId: c.id,
    }
  },
})
