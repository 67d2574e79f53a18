import { ABSURD_FACTOR } from '../../../contract/sharing'
import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'
import { roundColumns, shanghaiMonth } from './power'

/** The round and the enterprise's membership, for recording kWh (the membership row locked). */
export async function memberOf(ctx: TxCtx, roundId: number, enterprise: { id: number; name: string }) {
  const r = await ctx.db
    .selectFrom('sharing_power_rounds as r')
    .select(roundColumns)
    .where('r.id', '=', roundId)
    .executeTakeFirst()
  if (!r) return refuse('NOT_FOUND', '团购轮次不存在')
  const m = await ctx.db
    .selectFrom('sharing_power_members')
    .select(['monthly_kwh'])
    .where('round_id', '=', roundId)
    .where('enterprise_id', '=', enterprise.id)
    .forUpdate()
    .executeTakeFirst()
  if (!m) return refuse('FORBIDDEN', `${enterprise.name}未加入本轮团购`)
  if (r.status !== 'started') refuse('CONFLICT', '本轮尚未开团，开团后再填报用电量')
  return { round: r, monthlyKwh: m.monthly_kwh }
}

/**
 * Why a month's reading cannot be saved, in Chinese, or null. Negative kWh is refused; a month
 * before the round started or after this one is refused; more than ABSURD_FACTOR × the declared
 * monthly consumption is saved only when confirmed.
 */
export function readingProblem(
  o: { startedAt: Date | string | null; monthlyKwh: number; now: Date },
  month: string,
  kwh: number,
  confirm: boolean,
): string | null {
  if (!Number.isInteger(kwh)) return '用电量应为整数千瓦时'
  if (kwh < 0) return '用电量不能为负数'
  if (month > shanghaiMonth(o.now)) return `${month} 还没到，不能填报`
  if (o.startedAt && month < shanghaiMonth(new Date(o.startedAt))) return `${month} 早于本轮开团月份，不能填报`
  if (kwh > ABSURD_FACTOR * o.monthlyKwh && !confirm)
    return `${month} 用电量 ${kwh} 千瓦时超过申报月用电量（${o.monthlyKwh}）的 ${ABSURD_FACTOR} 倍，请核对后确认提交`
  return null
}

/** Save (or correct) one month's reading. */
export async function saveReading(
  ctx: TxCtx,
  o: { roundId: number; enterpriseId: number; userId: number },
  month: string,
  kwh: number,
) {
  await ctx.db
    .insertInto('sharing_power_readings')
    .values({
      round_id: o.roundId,
      enterprise_id: o.enterpriseId,
      month,
      kwh,
      recorded_by: o.userId,
      recorded_at: ctx.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['round_id', 'enterprise_id', 'month'])
        .doUpdateSet({ kwh, recorded_by: o.userId, recorded_at: ctx.now }),
    )
    .execute()
}
