import type { Transaction } from 'kysely'
import type { APPLICATION_ACTIONS } from '../../../contract/fairs'
import type { DB } from '../../../server/db/schema'
import { maskName, maskPhone } from '../../../server/people/mask'
import { when } from './present'

type Trx = Transaction<DB>

/** A booth's applications as the enterprise sees them: name and phone in full only of people it hired. */
export const applicationsQuery = (db: Trx) =>
  db
    .selectFrom('fair_applications as a')
    .leftJoin('users as u', 'u.id', 'a.seeker_id')
    .select(['a.id', 'a.booth_id', 'a.applied_at', 'a.intent_at', 'a.hired_at', 'u.display_name', 'u.phone'])

type Row = Awaited<ReturnType<ReturnType<typeof applicationsQuery>['executeTakeFirstOrThrow']>>

export function presentApplication(a: Row) {
  const hired = !!a.hired_at
  const name = a.display_name ?? '已注销用户'
  const can: (typeof APPLICATION_ACTIONS)[number][] = []
  if (!a.intent_at && !hired && a.display_name !== null) can.push('intent')
  if (!hired && a.display_name !== null) can.push('hire')
  return {
    id: a.id,
    name: hired ? name : maskName(name),
    phone: hired ? (a.phone ?? null) : maskPhone(a.phone),
    appliedAt: when(a.applied_at)!,
    intentAt: when(a.intent_at),
    hiredAt: when(a.hired_at),
    can,
  }
}
