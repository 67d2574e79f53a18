import { sql, type Expression, type SqlBool } from 'kysely'
import { CLOSING_DAYS } from '../../../contract/policies'
import { addDays } from '../../../server/time/shanghai'

export type WindowState = 'upcoming' | 'open' | 'closing' | 'ongoing' | 'closed'

const DAY = 86_400_000
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/** Where an application window stands on a Shanghai date; the last day is still open. */
export function windowOf(
  opensOn: string | null,
  closesOn: string | null,
  today: string,
): { window: WindowState; daysLeft: number | null } {
  if (closesOn && closesOn < today) return { window: 'closed', daysLeft: null }
  if (opensOn && opensOn > today) return { window: 'upcoming', daysLeft: null }
  if (!closesOn) return { window: 'ongoing', daysLeft: null }
  const daysLeft = daysBetween(today, closesOn)
  return { window: daysLeft <= CLOSING_DAYS ? 'closing' : 'open', daysLeft }
}

/** A window's last day, open-ended ones last: the expression policies_deadline_idx orders by. */
export const deadline = sql<string>`coalesce(closes_on, 'infinity'::date)`

/** The list's window filter in SQL (same rules as windowOf). */
export function windowFilter(
  filter: 'current' | 'open' | 'closing' | 'closed' | 'all',
  today: string,
): Expression<SqlBool> | null {
  const notClosed = sql<SqlBool>`${deadline} >= ${today}::date`
  const started = sql<SqlBool>`(opens_on is null or opens_on <= ${today}::date)`
  switch (filter) {
    case 'all':
      return null
    case 'current':
      return notClosed
    case 'closed':
      return sql<SqlBool>`${deadline} < ${today}::date`
    case 'open':
      return sql<SqlBool>`(${notClosed} and ${started})`
    case 'closing':
      return sql<SqlBool>`(${deadline} between ${today}::date and ${addDays(today, CLOSING_DAYS)}::date and ${started})`
  }
}
