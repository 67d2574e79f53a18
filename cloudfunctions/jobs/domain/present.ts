import { sql, type Transaction } from 'kysely'
import { APPLICATION_STATUS, JOB_KINDS, payLabel, POSTING_STATUS, type PostingSummary } from '../../../contract/jobs'
import type { DB } from '../../../server/db/schema'
import { formatShanghai } from '../../../server/time/shanghai'
import type { ApplicationStatus, JobKind, JobShiftKind, PayUnit, PostingStatus } from '../tables'

type Trx = Transaction<DB>

/** Postings with their enterprise's name, as every list shows them. */
export const summaries = (db: Trx) =>
  db
    .selectFrom('job_postings as p')
    .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .select([
      'p.id',
      'p.title',
      'p.kind',
      'e.name as enterprise',
      'p.pay_cents',
      'p.pay_unit',
      'p.shift',
      'p.place',
      'p.lng',
      'p.lat',
      'p.headcount',
      'p.hired',
      'p.certificates',
      'p.benefits',
      'p.status',
      sql<string>`p.start_date::text`.as('start_date'),
    ])

export interface SummaryRow {
  id: number
  title: string
  kind: JobKind
  enterprise: string
  pay_cents: number
  pay_unit: PayUnit
  shift: JobShiftKind
  place: string
  lng: number
  lat: number
  headcount: number
  hired: number
  certificates: string[]
  benefits: string[]
  status: PostingStatus
  start_date: string
}

export function presentSummary(r: SummaryRow, distanceM: number | null = null): PostingSummary {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    kindLabel: JOB_KINDS[r.kind],
    enterprise: r.enterprise,
    pay: payLabel(r.pay_cents, r.pay_unit),
    payCents: r.pay_cents,
    payUnit: r.pay_unit,
    shift: r.shift,
    place: r.place,
    lng: r.lng,
    lat: r.lat,
    distanceM: distanceM === null ? null : Math.round(distanceM),
    startDate: r.start_date,
    headcount: r.headcount,
    hired: r.hired,
    certificates: r.certificates,
    benefits: r.benefits,
    status: r.status,
    statusLabel: r.status === 'open' && r.hired >= r.headcount ? '已招满' : POSTING_STATUS[r.status],
  }
}

/** 12-05 08:00–17:00 (Shanghai). */
export function shiftLabel(startsAt: Date | string, endsAt: Date | string): string {
  const s = formatShanghai(new Date(startsAt))
  const e = formatShanghai(new Date(endsAt))
  return `${s.slice(5)}–${e.slice(0, 10) === s.slice(0, 10) ? e.slice(11) : e.slice(5)}`
}

export const statusLabel = (s: ApplicationStatus) => APPLICATION_STATUS[s]

/** Who the contact and the worker's phone are shown to: the enterprise invited or hired them. */
export const accepted = (s: ApplicationStatus) => s === 'interview' || s === 'hired'
