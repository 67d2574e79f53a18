import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { CANTEEN_KEEPERS, canteenManager } from './domain/access'

/** Keepers (an admin; a 社工 of its community): add or edit a dish (name, price, available today). */
export const saveMenuItem = handler('canteen', 'saveMenuItem', {
  access: canteenManager('canteenId', CANTEEN_KEEPERS),
  async run(ctx, { canteenId, itemId, name, priceCents, available }) {
    const { db, user, target: canteen } = ctx
    const logged = (id: number, before?: unknown) =>
      audit(ctx, {
        actorId: user.id,
        action: 'canteen.menu.save',
        subject: { type: 'canteen', id: canteen.id },
        communityId: canteen.community_id,
        before,
        after: { itemId: id, name, priceCents, available },
      })
    const clash = await db
      .selectFrom('canteen_menu_items')
      .select('id')
      .where('canteen_id', '=', canteenId)
      .where('name', '=', name)
      .executeTakeFirst()
    if (clash && clash.id !== itemId) refuse('CONFLICT', `菜单上已有「${name}」`)
    if (itemId) {
      const was = await db
        .selectFrom('canteen_menu_items')
        .select(['name', 'price_cents as priceCents', 'available'])
        .where('id', '=', itemId)
        .where('canteen_id', '=', canteenId)
        .executeTakeFirst()
      const r = await db
        .updateTable('canteen_menu_items')
        .set({ name, price_cents: priceCents, available })
        .where('id', '=', itemId)
        .where('canteen_id', '=', canteenId)
        .executeTakeFirst()
      if (Number(r.numUpdatedRows) === 0) refuse('NOT_FOUND', '菜品不存在')
      await logged(itemId, was)
      return { itemId }
    }
    const row = await db
      .insertInto('canteen_menu_items')
      .values({ canteen_id: canteenId, name, price_cents: priceCents, available })
      .returning('id')
      .executeTakeFirstOrThrow()
    await logged(row.id)
    return { itemId: row.id }
  },
})
