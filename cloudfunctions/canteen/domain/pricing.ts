import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'

/** The rider price: the menu price at the canteen's discount (68 = 6.8折), to the fen. */
export const riderPrice = (cents: number, discount: number) => Math.round((cents * discount) / 100)

export const discountLabel = (discount: number) => (discount >= 100 ? '无折扣' : `${(discount / 10).toString()}折`)

export interface PricedLine {
  itemId: number
  name: string
  qty: number
  priceCents: number
}

/** Price a pre-order on the server from the menu; the client never sends prices. */
export async function priceOrder(
  db: Transaction<DB>,
  canteen: { id: number; rider_discount: number },
  items: { itemId: number; qty: number }[],
  riderVerified: boolean,
): Promise<{ lines: PricedLine[]; totalCents: number }> {
  if (items.length === 0) return { lines: [], totalCents: 0 }
  const qty = new Map<number, number>()
  for (const i of items) qty.set(i.itemId, (qty.get(i.itemId) ?? 0) + i.qty)
  if ([...qty.values()].some((q) => q > 5)) refuse('BAD_REQUEST', '每样菜最多预订 5 份')
  const menu = await db
    .selectFrom('canteen_menu_items')
    .select(['id', 'name', 'price_cents', 'available'])
    .where('canteen_id', '=', canteen.id)
    .where('id', 'in', [...qty.keys()])
    .execute()
  const byId = new Map(menu.map((m) => [m.id, m]))
  const lines: PricedLine[] = []
  for (const [itemId, q] of qty) {
    const m = byId.get(itemId)
    if (!m) return refuse('BAD_REQUEST', '所选菜品不在本餐厅菜单上，请刷新菜单')
    if (!m.available) return refuse('BAD_REQUEST', `「${m.name}」今天已售罄，请换一样`)
    const unit = riderVerified ? riderPrice(m.price_cents, canteen.rider_discount) : m.price_cents
    lines.push({ itemId, name: m.name, qty: q, priceCents: unit })
  }
  return { lines, totalCents: lines.reduce((s, l) => s + l.qty * l.priceCents, 0) }
}
