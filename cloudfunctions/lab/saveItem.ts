import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { labStaff } from './domain/access'
import { searchColumns, writeItem } from './domain/catalogue'

/** Lab staff add or change one test item (by its code). The lab price is never above the market price. Audited. */
export const saveItem = handler('lab', 'saveItem', {
  access: labStaff('labId'),
  // pinyin is CPU work and a dictionary to load: computed before the transaction holds anything.
  run: async ({ target }) => target,
  async finish(lab, { user, transaction }, { item }) {
    const search = await searchColumns(item)
    return transaction(async (ctx) => {
      const r = await writeItem(ctx, lab.id, item, search)
      await audit(ctx, {
        actorId: user.id,
        action: 'lab.item.save',
        subject: { type: 'lab', id: lab.id },
        communityId: lab.community_id,
        after: { itemId: r.id, ...item },
      })
      return { itemId: r.id, created: r.created }
    })
  },
})
