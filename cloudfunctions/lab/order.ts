import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { newCode } from '../../server/reservations/code'
import { reserve } from '../../server/reservations/reserve'
import { dayWords, shanghaiDate } from '../../server/time/shanghai'
import { addWorkingDays, isWorkingDay, workingDaysFrom } from '../../server/time/working-days'
import { labById, liaisonOf } from './domain/access'
import { DROPOFF_DAYS, dropoffSlot } from './domain/dropoff'
import { presentOrder, withOrderQr } from './domain/present'

/**
 * An enterprise's liaison orders tests for their own enterprise: items × samples, priced by the
 * server, a sample drop-off place on a working day (the lab's daily intake, through the
 * reservation core), a due date from the longest turnaround on the working calendar, and an order
 * code (the drop-off reservation's code) shown as a QR.
 */
export const order = handler('lab', 'order', {
  access: liaisonOf('enterpriseId', { roles: ['enterprise'] }),
  async run(ctx, { labId, enterpriseId, dropoffDate, lines, note }) {
    const { db, user, now } = ctx
    const lab = await labById(db, labId)
    const today = shanghaiDate(now)
    if (dropoffDate < today) refuse('BAD_REQUEST', '送样日期已过，请选择今天或之后的工作日')
    if (!isWorkingDay(dropoffDate))
      refuse('BAD_REQUEST', `${dayWords(dropoffDate)} 不是工作日，实验室不收样，请选择工作日`)
    const open = workingDaysFrom(today, DROPOFF_DAYS)
    if (dropoffDate > open[open.length - 1]) refuse('BAD_REQUEST', `只能预约 ${DROPOFF_DAYS} 个工作日内的送样日期`)
    const ids = lines.map((l) => l.itemId)
    if (new Set(ids).size !== ids.length) refuse('BAD_REQUEST', '同一检测项目请只选一次，在样品数里填写数量')
    const items = await db
      .selectFrom('lab_items')
      .select(['id', 'name', 'category_id', 'turnaround_days', 'market_price_cents', 'lab_price_cents'])
      .where('id', 'in', ids)
      .where('lab_id', '=', lab.id)
      .where('active', '=', true)
      .execute()
    if (items.length !== ids.length) refuse('BAD_REQUEST', '有检测项目不存在、已下架或不属于该实验室，请刷新后重选')
    const byId = new Map(items.map((i) => [i.id, i]))
    let samples = 0
    let market = 0
    let price = 0
    let turnaround = 0
    for (const l of lines) {
      const i = byId.get(l.itemId)!
      samples += l.samples
      market += l.samples * i.market_price_cents
      price += l.samples * i.lab_price_cents
      turnaround = Math.max(turnaround, i.turnaround_days)
    }
    const slotId = await dropoffSlot(ctx, lab, dropoffDate)
    const outcome = await reserve(ctx, {
      slotId,
      userId: user.id,
      holdKey: `lab:${lab.id}:${newCode()}`,
      seats: 1,
      waitlist: false,
      details: { lab: lab.name, enterpriseId, dropoffDate },
      priceCents: price,
    })
    if (outcome.status === 'full') refuse('FULL', `${dayWords(dropoffDate)} 的送样名额已满，请选择其他日期`)
    if (outcome.status === 'closed') refuse('CONFLICT', `${dayWords(dropoffDate)} 实验室暂停收样，请选择其他日期`)
    if (outcome.status !== 'confirmed') return refuse('INTERNAL')
    const created = await db
      .insertInto('lab_orders')
      .values({
        code: outcome.code,
        lab_id: lab.id,
        enterprise_id: enterpriseId,
        user_id: user.id,
        status: 'booked',
        dropoff_date: dropoffDate,
        due_date: addWorkingDays(dropoffDate, turnaround),
        reservation_id: outcome.id,
        samples,
        market_cents: market,
        lab_cents: price,
        note,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('lab_order_lines')
      .values(
        lines.map((l) => {
          const i = byId.get(l.itemId)!
          return {
            order_id: created.id,
            item_id: i.id,
            category_id: i.category_id,
            item_name: i.name,
            samples: l.samples,
            market_price_cents: i.market_price_cents,
            lab_price_cents: i.lab_price_cents,
          }
        }),
      )
      .execute()
    await notify(ctx, {
      userId: user.id,
      kind: 'lab_ordered',
      data: { lab: lab.name, date: dropoffDate, code: outcome.code },
      page: '/subpackages/lab/orders',
      event: `lab_ordered:${created.id}`,
    })
    return presentOrder(db, created.id, { staff: false, now, liaisonOf: [enterpriseId] })
  },
  finish: withOrderQr,
})
