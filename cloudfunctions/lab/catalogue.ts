import { sql, type SqlBool } from 'kysely'
import { handler } from '../../server/core/define-function'
import { hasRole } from '../../server/people/roles'
import { keepsLab, labById } from './domain/access'
import { itemColumns, presentItem, searchFilter } from './domain/catalogue'
import { presentLab } from './domain/present'

/**
 * A lab's catalogue: categories with their item counts, and the items a search finds. One read of
 * the lab's items (a couple of hundred rows) says for each whether the search matches it, so the
 * counts and the list come from the same statement.
 */
export const catalogue = handler('lab', 'catalogue', {
  access: 'public',
  async run({ db, user }, { labId, q, categoryId }) {
    const lab = await labById(db, labId)
    const filter = searchFilter(q) ?? sql<SqlBool>`true`
    const rows = await db
      .selectFrom('lab_items as i')
      .innerJoin('lab_categories as c', 'c.id', 'i.category_id')
      .select([...itemColumns, filter.as('hit')])
      .where('i.lab_id', '=', lab.id)
      .where('i.active', '=', true)
      .orderBy('i.category_id')
      .orderBy('i.code')
      .execute()
    const categories = new Map<number, { id: number; name: string; items: number }>()
    for (const r of rows) {
      const c = categories.get(r.category_id) ?? { id: r.category_id, name: r.category_name, items: 0 }
      c.items++
      categories.set(r.category_id, c)
    }
    const items = rows.filter((r) => r.hit && (categoryId === undefined || r.category_id === categoryId)).slice(0, 300)
    return {
      lab: presentLab(lab),
      categories: [...categories.values()],
      items: items.map(presentItem),
      can: { order: hasRole(user, 'enterprise'), keep: keepsLab(user, lab) },
    }
  },
})
