import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { canteenById } from './domain/access'

/** Admin: add or edit a dish (name, price, available today). */
export const saveMenuItem = handler('canteen', 'saveMenuItem', {
  access: ['admin'],
  async run({ db }, { canteenId, itemId, name, priceCents, available }) {
    await canteenById(db, canteenId)
    const clash = await db
      .selectFrom('canteen_menu_items')
      .select('id')
      .where('canteen_id', '=', canteenId)
      .where('name', '=', name)
      .executeTakeFirst()
    if (clash && clash.id !== itemId) refuse('CONFLICT', `菜单上已有「${name}」`)
    if (itemId) {
      const r = await db
        .updateTable('canteen_menu_items')
        .set({ name, price_cents: priceCents, available })
        .where('id', '=', itemId)
        .where('canteen_id', '=', canteenId)
        .executeTakeFirst()
      if (Number(r.numUpdatedRows) === 0) refuse('NOT_FOUND', '菜品不存在')
      return { itemId }
    }
    const row = await db
      .insertInto('canteen_menu_items')
      .values({ canteen_id: canteenId, name, price_cents: priceCents, available })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { itemId: row.id }
  },
})
