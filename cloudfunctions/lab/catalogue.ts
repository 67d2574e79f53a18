import { handler } from '../../server/core/define-function'
import { hasRole } from '../../server/people/roles'
import { keepsLab, labById } from './domain/access'
import { itemColumns, presentItem, searchFilter } from './domain/catalogue'
import { presentLab } from './domain/present'

/** A lab's catalogue: categories with their item counts, and the items a search finds. */
export const catalogue = handler('lab', 'catalogue', {
  access: 'public',
  async run({ db, user }, { labId, q, categoryId }) {
    const lab = await labById(db, labId)
    const categories = await db
      .selectFrom('lab_categories as c')
      .innerJoin('lab_items as i', (j) => j.onRef('i.category_id', '=', 'c.id').on('i.active', '=', true))
      .select((eb) => ['c.id', 'c.name', eb.fn.countAll<number>().as('items')])
      .where('c.lab_id', '=', lab.id)
      .groupBy(['c.id', 'c.name'])
      .orderBy('c.id')
      .execute()
    let query = db
      .selectFrom('lab_items as i')
      .innerJoin('lab_categories as c', 'c.id', 'i.category_id')
      .select(itemColumns)
      .where('i.lab_id', '=', lab.id)
      .where('i.active', '=', true)
    if (categoryId !== undefined) query = query.where('i.category_id', '=', categoryId)
    const filter = searchFilter(q)
    if (filter) query = query.where(filter)
    const items = await query.orderBy('i.category_id').orderBy('i.code').limit(300).execute()
    return {
      lab: presentLab(lab),
      categories: categories.map((c) => ({ id: c.id, name: c.name, items: Number(c.items) })),
      items: items.map(presentItem),
      can: { order: hasRole(user, 'enterprise'), keep: keepsLab(user, lab) },
    }
  },
})
