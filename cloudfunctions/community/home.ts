import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'

export const home = handler('community', 'home', {
  access: 'public',
  async run({ db, user }, { communityId }) {
    const communities = await db.selectFrom('communities').selectAll().orderBy('id').execute()
    if (communities.length === 0) return refuse('NOT_FOUND', '还没有社区信息')
    const wanted = communityId ?? user?.community_id ?? communities[0].id
    const community = communities.find((c) => c.id === wanted)
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    return {
      community,
      communities: communities.map((c) => ({ id: c.id, name: c.name, district: c.district })),
    }
  },
})
