import { sql } from 'kysely'
import { JOBS_PAGE } from '../../contract/jobs'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { haversineM } from '../../server/geo'
import { presentSummary, summaries } from './domain/present'

/**
 * Open postings near the asker, nearest first (the GiST index on pos yields them in map order, the
 * filters apply on the way), or by pay or start date; 20 a page. Pay is compared in the unit asked
 * for (payUnit), or per hour across units when none is named (a day = 8 h, a month = 174 h).
 */
export const nearby = handler('jobs', 'nearby', {
  access: 'public',
  async run({ db, now }, input) {
    const here = input.lng !== undefined && input.lat !== undefined ? { lng: input.lng, lat: input.lat } : null
    const today = shanghaiDate(now)
    let q = summaries(db)
      .where('p.status', '=', 'open')
      .where(sql<boolean>`p.hired < p.headcount`)
      .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', today)]))
    if (input.kind) q = q.where('p.kind', '=', input.kind)
    if (input.daily) q = q.where('p.kind', '=', 'gig')
    if (input.payUnit) q = q.where('p.pay_unit', '=', input.payUnit)
    if (input.shift) q = q.where('p.shift', '=', input.shift)
    if (input.certificate) q = q.where(sql<boolean>`p.certificates @> array[${input.certificate}]::text[]`)
    if (input.minPayCents !== undefined) {
      q = input.payUnit
        ? q.where('p.pay_cents', '>=', input.minPayCents)
        : q.where(sql<boolean>`p.pay_unit <> 'piece' and ${hourly} >= ${input.minPayCents}`)
    }
    if (input.sort === 'distance' && here) {
      // The distance alone (no tie-breaker): a second sort key would keep PostgreSQL from reading
      // the GiST index nearest-first and make it sort every matching row instead.
      q = q.orderBy(sql`p.pos <-> job_pos(${here.lng}::float8, ${here.lat}::float8)`)
    } else if (input.sort === 'pay') {
      q = q.orderBy(sql`${hourly} desc nulls last`).orderBy('p.id')
    } else if (input.sort === 'start') {
      q = q.orderBy('p.start_date').orderBy('p.id')
    } else {
      q = q.orderBy('p.id', 'desc')
    }
    const rows = await q
      .limit(JOBS_PAGE + 1)
      .offset(input.page * JOBS_PAGE)
      .execute()
    return {
      items: rows
        .slice(0, JOBS_PAGE)
        .map((r) => presentSummary(r, here ? haversineM(here.lng, here.lat, r.lng, r.lat) : null)),
      page: input.page,
      more: rows.length > JOBS_PAGE,
    }
  },
})

/** Pay per hour, to compare across units (null for piece rates). */
const hourly = sql<number>`(case p.pay_unit when 'hour' then p.pay_cents when 'day' then p.pay_cents / 8
  when 'month' then p.pay_cents / 174 end)`
