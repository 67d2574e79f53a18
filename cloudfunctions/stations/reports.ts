import { sql, type Transaction } from 'kysely'
import { REPORT_KINDS, type ReportKind } from '../../contract/stations'
import { handler, own } from '../../server/core/define-function'
import type { DB } from '../../server/db/schema'
import { isAdmin, socialWorkerOf, type Caller } from '../../server/people/roles'

export function reportsQuery(db: Transaction<DB>) {
  return db
    .selectFrom('station_reports as r')
    .innerJoin('stations as s', 's.id', 'r.station_id')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.station_id',
      's.name as station_name',
      'r.kind',
      'r.text',
      'u.display_name as reporter',
      'r.status',
      'r.resolution',
      'r.created_at',
      'r.resolved_at',
    ])
}

export function presentReport(r: Awaited<ReturnType<ReturnType<typeof reportsQuery>['executeTakeFirstOrThrow']>>) {
  return {
    id: r.id,
    stationId: r.station_id,
    stationName: r.station_name,
    kind: r.kind as ReportKind,
    kindLabel: REPORT_KINDS[r.kind as ReportKind] ?? r.kind,
    text: r.text,
    reporter: r.reporter,
    status: r.status,
    resolution: r.resolution,
    createdAt: new Date(r.created_at).toISOString(),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
  }
}

/** Which reports a user may see: all (admin), their community's (social worker), their stations'. */
export function scopeReports<Q extends { where: any }>(query: Q, user: Caller): Q {
  if (isAdmin(user)) return query
  const communities = socialWorkerOf(user)
  return (query as any).where((eb: any) =>
    eb.or([
      communities.length ? eb('r.community_id', 'in', communities) : sql<boolean>`false`,
      eb('r.station_id', 'in', eb.selectFrom('station_managers').select('station_id').where('user_id', '=', user.id)),
    ]),
  )
}

/** The community's problem-report queue for staff (newest first). */
export const reports = handler('stations', 'reports', {
  access: own('reports of the stations the caller is staff of'),
  async run({ db, user }, { status, stationId }) {
    let q = scopeReports(reportsQuery(db).where('r.status', '=', status), user)
    if (stationId) q = q.where('r.station_id', '=', stationId)
    const rows = await q.orderBy('r.created_at', 'desc').limit(200).execute()
    return { items: rows.map(presentReport) }
  },
})
