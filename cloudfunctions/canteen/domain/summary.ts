import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { Canteen } from './access'
import { windowsForPeople } from './present'
import { discountLabel, riderPrice } from './pricing'

/** Canteens as a list item: where, when, the menu at the asker's price. */
export async function summarizeCanteens(db: Transaction<DB>, canteens: Canteen[], riderVerified: boolean) {
  if (canteens.length === 0) return []
  const ids = canteens.map((c) => c.id)
  const [menu, communities] = await Promise.all([
    db
      .selectFrom('canteen_menu_items')
      .selectAll()
      .where('canteen_id', 'in', ids)
      .orderBy('sort')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where(
        'id',
        'in',
        canteens.map((c) => c.community_id),
      )
      .execute(),
  ])
  return canteens.map((c) => ({
    id: c.id,
    name: c.name,
    address: c.address,
    phone: c.phone,
    intro: c.intro,
    stationId: c.station_id,
    communityName: communities.find((x) => x.id === c.community_id)?.name ?? '',
    windows: windowsForPeople(c.windows),
    riderDiscount: discountLabel(c.rider_discount),
    menu: menu
      .filter((m) => m.canteen_id === c.id)
      .map((m) => ({
        id: m.id,
        name: m.name,
        priceCents: m.price_cents,
        yourPriceCents: riderVerified ? riderPrice(m.price_cents, c.rider_discount) : m.price_cents,
        available: m.available,
      })),
  }))
}
