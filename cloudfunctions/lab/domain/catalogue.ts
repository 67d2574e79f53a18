import { sql, type RawBuilder, type SqlBool } from 'kysely'
import { yuan, type ItemEdit } from '../../../contract/lab'
import type { TxCtx } from '../../../server/core/tx'
import { likePattern, normalize } from '../../../server/text/bigrams'
import { loadPinyin, pinyinOf } from '../../../server/text/pinyin'

// The catalogue: categories and test items. Search columns are computed when an item is written
// (the texts, and the pinyin and initials of its name and category): a search is a LIKE over a
// lab's couple of hundred rows, no dictionary loaded on a read.

export interface SearchColumns {
  search_text: string
  pinyin: string
  initials: string
}

/** An item's search columns (pinyin-pro loads with the first item written). */
export async function searchColumns(
  e: Pick<ItemEdit, 'name' | 'category' | 'standard' | 'code'>,
): Promise<SearchColumns> {
  const pinyin = await loadPinyin()
  const spoken = [e.name, e.category].map((t) => pinyinOf(pinyin, t))
  return {
    search_text: normalize([e.name, e.category, e.standard, e.code].join('|')),
    pinyin: spoken.map((s) => s.full).join('|'),
    initials: spoken.map((s) => s.initials).join('|'),
  }
}

/** Every word must match: Latin letters may be pinyin, initials or Latin text (GB/T); else the text. */
export function searchFilter(q: string): RawBuilder<SqlBool> | null {
  const words = normalize(q)
    .split(/[\s,，、]+/)
    .filter(Boolean)
  if (!words.length) return null
  const parts = words.map((w) =>
    /^[a-z]+$/.test(w)
      ? sql<SqlBool>`(i.initials like ${likePattern(w)} or i.pinyin like ${likePattern(w)} or i.search_text like ${likePattern(w)})`
      : sql<SqlBool>`i.search_text like ${likePattern(w)}`,
  )
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`
}

/** The saving in words: 省 ¥320（40%）. */
export function savingText(market: number, lab: number) {
  if (market <= 0 || lab >= market) return '与市场价持平'
  return `省 ${yuan(market - lab)}（${Math.round(((market - lab) / market) * 100)}%）`
}

export const presentItem = (i: {
  id: number
  code: string
  name: string
  category_id: number
  category_name: string
  standard: string
  sample_requirements: string
  turnaround_days: number
  market_price_cents: number
  lab_price_cents: number
}) => ({
  id: i.id,
  code: i.code,
  name: i.name,
  categoryId: i.category_id,
  categoryName: i.category_name,
  standard: i.standard,
  sampleRequirements: i.sample_requirements,
  turnaroundDays: i.turnaround_days,
  marketPriceCents: i.market_price_cents,
  labPriceCents: i.lab_price_cents,
  saving: savingText(i.market_price_cents, i.lab_price_cents),
})

export const itemColumns = [
  'i.id',
  'i.code',
  'i.name',
  'i.category_id',
  'c.name as category_name',
  'i.standard',
  'i.sample_requirements',
  'i.turnaround_days',
  'i.market_price_cents',
  'i.lab_price_cents',
] as const

/**
 * Write one item (by its code within the lab): its category is made on first use. The price rule
 * is the contract's (lab price not above market) and the table's check besides.
 */
export async function writeItem(
  { db, now }: TxCtx,
  labId: number,
  e: ItemEdit,
  search: SearchColumns,
): Promise<{ id: number; created: boolean }> {
  await db
    .insertInto('lab_categories')
    .values({ lab_id: labId, name: e.category })
    .onConflict((oc) => oc.columns(['lab_id', 'name']).doNothing())
    .execute()
  const cat = await db
    .selectFrom('lab_categories')
    .select('id')
    .where('lab_id', '=', labId)
    .where('name', '=', e.category)
    .executeTakeFirstOrThrow()
  const values = {
    category_id: cat.id,
    name: e.name,
    standard: e.standard,
    sample_requirements: e.sampleRequirements,
    turnaround_days: e.turnaroundDays,
    market_price_cents: e.marketPriceCents,
    lab_price_cents: e.labPriceCents,
    ...search,
    active: true,
    updated_at: now,
  }
  const existing = await db
    .selectFrom('lab_items')
    .select('id')
    .where('lab_id', '=', labId)
    .where('code', '=', e.code)
    .forUpdate()
    .executeTakeFirst()
  if (existing) {
    await db.updateTable('lab_items').set(values).where('id', '=', existing.id).execute()
    return { id: existing.id, created: false }
  }
  const row = await db
    .insertInto('lab_items')
    .values({ lab_id: labId, code: e.code, ...values })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: row.id, created: true }
}
