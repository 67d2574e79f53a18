import { sql } from 'kysely'
import { CLOSING_DAYS } from '../../contract/policies'
import { handler } from '../../server/core/define-function'
import { departmentsOf, isAdmin, socialWorkerOf } from '../../server/people/roles'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { mayEditPolicy, POLICY_STAFF } from './domain/access'
import { searchFilter } from './domain/search'
import { windowOf } from './domain/window'

const PAGE = 50

/**
 * Staff: every policy with how often it is viewed, favourited and matched; `warnings` lists only
 * those ending within CLOSING_DAYS or already ended but not withdrawn (expiry warnings).
 */
export const staffList = handler('policies', 'staffList', {
  access: POLICY_STAFF,
  async run({ db, user, now }, { q, warnings, offset }) {
    const today = shanghaiDate(now)
    const soon = addDays(today, CLOSING_DAYS)
    let query = db.selectFrom('policies')
    const search = searchFilter(q)
    if (search) query = query.where(search)
    if (warnings) {
      query = query.where('withdrawn_at', 'is', null).where(sql<boolean>`closes_on <= ${soon}::date`)
    }
    const rows = await query
      .select([
        'id',
        'code',
        'title',
        'category',
        'issuer',
        'department_id',
        'version',
        'updated_at',
        'withdrawn_at',
        'views',
        sql<string | null>`opens_on::text`.as('opens_on'),
        sql<string | null>`closes_on::text`.as('closes_on'),
        (eb) =>
          eb
            .selectFrom('policy_favourites as f')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('f.policy_id', '=', 'policies.id')
            .as('favourites'),
        (eb) =>
          eb
            .selectFrom('policy_matches as m')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('m.policy_id', '=', 'policies.id')
            .as('matches'),
      ])
      .orderBy(sql`withdrawn_at is not null`)
      .orderBy(sql`closes_on asc nulls last`)
      .orderBy('id')
      .offset(offset)
      .limit(PAGE + 1)
      .execute()
    const { n } = await db
      .selectFrom('policies')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('withdrawn_at', 'is', null)
      .where(sql<boolean>`closes_on between ${today}::date and ${soon}::date`)
      .executeTakeFirstOrThrow()
    const mine = departmentsOf(user)
    const departments = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('active', '=', true)
      .$if(!isAdmin(user) && socialWorkerOf(user).length === 0, (qb) => qb.where('id', 'in', mine.length ? mine : [0]))
      .orderBy('id')
      .execute()
    return {
      items: rows.slice(0, PAGE).map((r) => ({
        id: r.id,
        code: r.code,
        title: r.title,
        category: r.category,
        issuer: r.issuer,
        closesOn: r.closes_on,
        ...windowOf(r.opens_on, r.closes_on, today),
        version: r.version,
        updatedAt: new Date(r.updated_at).toISOString(),
        withdrawn: r.withdrawn_at !== null,
        views: r.views,
        favourites: Number(r.favourites ?? 0),
        matches: Number(r.matches ?? 0),
        canEdit: mayEditPolicy(user, r),
      })),
      more: rows.length > PAGE,
      closingSoon: n,
      departments,
    }
  },
})
