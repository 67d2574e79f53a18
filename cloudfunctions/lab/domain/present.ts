import { sql, type Transaction } from 'kysely'
import { ORDER_STATUS, type LabOrder, type OrderStatus } from '../../../contract/lab'
import type { DB } from '../../../server/db/schema'
import { qrSvgDataUrl } from '../../../server/render/qr'
import { shanghaiDate } from '../../../server/time/shanghai'
import { canMove } from './flow'

// An order as people see it. The QR image of its code is made after commit (withOrderQr).

export function ordersQuery(db: Transaction<DB>) {
  return db
    .selectFrom('lab_orders as o')
    .innerJoin('labs as l', 'l.id', 'o.lab_id')
    .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
    .select([
      'o.id',
      'o.code',
      'o.lab_id',
      'o.enterprise_id',
      'o.status',
      'o.dropoff_date',
      'o.due_date',
      'o.samples',
      'o.lab_cents',
      'o.market_cents',
      'o.return_reason',
      'o.report_name',
      'o.report_size',
      'o.created_at',
      'l.name as lab_name',
      'e.name as enterprise_name',
      // The lines come with the order (one statement for a list of orders).
      sql<{ itemId: number; itemName: string; samples: number; labPriceCents: number }[]>`(
        select coalesce(json_agg(json_build_object('itemId', l.item_id, 'itemName', l.item_name,
          'samples', l.samples, 'labPriceCents', l.lab_price_cents) order by l.item_id), '[]'::json)
        from lab_order_lines l where l.order_id = o.id)`.as('lines'),
    ])
}
type OrderRow = Awaited<ReturnType<ReturnType<typeof ordersQuery>['executeTakeFirstOrThrow']>>

export const isOverdue = (o: { status: OrderStatus; due_date: string }, today: string) =>
  (o.status === 'received' || o.status === 'testing') && o.due_date < today

/** Orders with their lines, as the asker may act on them (`staff`: the lab's people). */
export async function presentOrders(
  _db: Transaction<DB>,
  rows: OrderRow[],
  o: {
    staff: boolean | ((labId: number) => boolean)
    now: Date
    /** The enterprises the asker is a liaison of (their orders they may cancel). */
    liaisonOf?: readonly number[]
  },
): Promise<LabOrder[]> {
  const today = shanghaiDate(o.now)
  return rows.map((r) => {
    const staff = typeof o.staff === 'function' ? o.staff(r.lab_id) : o.staff
    return {
      id: r.id,
      code: r.code,
      qr: '',
      labId: r.lab_id,
      labName: r.lab_name,
      enterpriseName: r.enterprise_name,
      status: r.status,
      statusLabel: ORDER_STATUS[r.status],
      dropoffDate: r.dropoff_date,
      dueDate: r.due_date,
      overdue: isOverdue(r, today),
      samples: r.samples,
      labCents: r.lab_cents,
      marketCents: r.market_cents,
      returnReason: r.return_reason,
      lines: typeof r.lines === 'string' ? JSON.parse(r.lines) : r.lines,
      report: r.report_name ? { name: r.report_name, size: r.report_size ?? 0 } : null,
      createdAt: new Date(r.created_at).toISOString(),
      can: {
        download: r.status === 'reported' && Boolean(r.report_name),
        receive: staff && canMove(r.status, 'received'),
        startTesting: staff && canMove(r.status, 'testing'),
        uploadReport: staff && canMove(r.status, 'reported'),
        returnSamples: staff && canMove(r.status, 'returned'),
        cancel: (o.liaisonOf ?? []).includes(r.enterprise_id) && canMove(r.status, 'cancelled'),
      },
    }
  })
}

export async function presentOrder(
  db: Transaction<DB>,
  orderId: number,
  o: { staff: boolean; now: Date; liaisonOf?: readonly number[] },
) {
  const row = await ordersQuery(db).where('o.id', '=', orderId).executeTakeFirstOrThrow()
  return (await presentOrders(db, [row], o))[0]
}

/** What the order's QR code carries: the lab staff scan it at intake. */
export const orderQrPayload = (code: string) => `LIANSHE-LAB:${code}`

/** The order with its code as a QR image: for a handler's `finish`, outside the transaction. */
export const withOrderQr = async (o: LabOrder): Promise<LabOrder> => ({
  ...o,
  qr: await qrSvgDataUrl(orderQrPayload(o.code)),
})

export const presentLab = (l: {
  id: number
  name: string
  community_name: string
  address: string
  phone: string
  intro: string
  daily_capacity: number
}) => ({
  id: l.id,
  name: l.name,
  communityName: l.community_name,
  address: l.address,
  phone: l.phone,
  intro: l.intro,
  dailyCapacity: l.daily_capacity,
})

export function labsQuery(db: Transaction<DB>) {
  return db
    .selectFrom('labs as l')
    .innerJoin('communities as c', 'c.id', 'l.community_id')
    .select([
      'l.id',
      'l.name',
      'c.name as community_name',
      'l.address',
      'l.phone',
      'l.intro',
      'l.daily_capacity',
      'l.community_id',
    ])
    .where('l.active', '=', true)
    .orderBy('l.id')
}
