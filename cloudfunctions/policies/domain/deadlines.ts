import { sql } from 'kysely'
import type { TxCtx } from '../../../server/core/tx'
import { notify } from '../../../server/notify/queue'
import { addDays, shanghaiDate, shanghaiInstant } from '../../../server/time/shanghai'

/** Favourites are reminded this many days before the last day (and on it). */
export const REMIND_DAYS = 3
/** The people who keep a policy are warned this many days before it ends. */
export const WARN_DAYS = 7

const DAY = 86_400_000

/**
 * The timer's part: a reminder to everyone who favourited a policy whose window ends within
 * REMIND_DAYS, and a warning to whoever last edited a policy ending within WARN_DAYS. Each is
 * queued once per policy and end date (the event key), delivered from 09:00 Shanghai time.
 */
export async function remindDeadlines(ctx: TxCtx) {
  const today = shanghaiDate(ctx.now)
  const morning = shanghaiInstant(today, 9 * 60)
  const dueAt = ctx.now > morning ? ctx.now : morning
  const favourites = await ctx.db
    .selectFrom('policy_favourites as f')
    .innerJoin('policies as p', 'p.id', 'f.policy_id')
    .select(['f.user_id', 'p.id', 'p.title', sql<string>`p.closes_on::text`.as('closes_on')])
    .where('p.withdrawn_at', 'is', null)
    .where(sql<boolean>`p.closes_on between ${today}::date and ${addDays(today, REMIND_DAYS)}::date`)
    .execute()
  for (const f of favourites) {
    await notify(ctx, {
      userId: f.user_id,
      kind: 'policy_deadline',
      data: {
        title: f.title,
        closesOn: f.closes_on,
        daysLeft: Math.round((shanghaiInstant(f.closes_on).getTime() - shanghaiInstant(today).getTime()) / DAY),
      },
      page: `/subpackages/policies/detail?id=${f.id}`,
      event: `policy_deadline:${f.id}:${f.closes_on}`,
      dueAt,
    })
  }
  const expiring = await ctx.db
    .selectFrom('policies')
    .select([
      'id',
      'title',
      sql<string>`closes_on::text`.as('closes_on'),
      sql<number | null>`coalesce(updated_by, created_by)`.as('keeper'),
    ])
    .where('withdrawn_at', 'is', null)
    .where(sql<boolean>`closes_on between ${today}::date and ${addDays(today, WARN_DAYS)}::date`)
    .execute()
  let warned = 0
  for (const p of expiring) {
    if (p.keeper === null) continue
    await notify(ctx, {
      userId: p.keeper,
      kind: 'policy_expiring',
      data: { title: p.title, closesOn: p.closes_on },
      page: `/subpackages/policies/manage`,
      event: `policy_expiring:${p.id}:${p.closes_on}`,
      dueAt,
    })
    warned++
  }
  return { reminded: favourites.length, warned }
}
