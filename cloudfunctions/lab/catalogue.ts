import { handler } from '../../server/core/define-function'
import { hasRole } from '../../server/people/roles'
import { keepsLab, labById } from './domain/access'
import { itemColumns, presentItem, searchFilter } from './domain/catalogue'
import { presentLab } from './domain/present'

/**
 * A lab's catalogue: categories with their item counts (one small aggregate), and the items a
 * search finds (filtered in SQL: only the hits leave the database).
 */
export const catalogue = handler('lab', 'catalogue', {
  access: 'public',
  async run({ db, user }, { labId, q, categoryId }) {
    const lab = await labById(db, labId)
    const categories = await db
      .selectFrom('lab_items as i')
      .innerJoin('lab_categories as c', 'c.id', 'i.category_id')
      .select((eb) => ['c.id', 'c.name', eb.fn.countAll<number>().as('items')])
      .where('i.lab_id', '=', lab.id)
      .where('i.active', '=', true)
      .groupBy(['c.id', 'c.name'])
      .orderBy('c.id')
      .execute()
    const filter = searchFilter(q)
    const items = await db
      .selectFrom('lab_items as i')
      .innerJoin('lab_categories as c', 'c.id', 'i.category_id')
      .select(itemColumns)
      .where('i.lab_id', '=', lab.id)
      .where('i.active', '=', true)
      .$if(categoryId !== undefined, (qb) => qb.where('i.category_id', '=', categoryId!))
      .$if(filter !== null, (qb) => qb.where(filter!))
      .orderBy('i.category_id')
      .orderBy('i.code')
      .limit(300)
      .execute()
    return {
      lab: presentLab(lab),
      categories: categories.map((c) => ({ id: c.id, name: c.name, items: Number(c.items) })),
      items: items.map(presentItem),
      can: { order: hasRole(user, 'enterprise'), keep: keepsLab(user, lab) },
    }
  },
})
