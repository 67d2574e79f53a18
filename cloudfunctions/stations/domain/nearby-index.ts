import type { Transaction } from 'kysely'
import type { Database } from '../../../server/db'
import { heardRevision } from '../../../server/db/revisions'
import type { DB } from '../../../server/db/schema'
import { SUMMARY_COLUMNS, type SummaryRow } from './present'
import { StationGrid } from './station-grid'

/**
 * The live stations of one database, in memory, exactly as of `revision` (migration 0007).
 * Built on the first `nearby`, then caught up by `where revision > …` whenever the database has
 * moved on: a rider sees a status change or a new station on their next request, on every
 * instance. Why in memory: README, "Stations: nearby".
 */
class NearbyIndex {
  grid = new StationGrid()
  revision = -1
  private catchingUp: Promise<void> = Promise.resolve()

  /** Call from a transaction that has not written stations (its own rows would count as committed). */
  async catchUp(trx: Transaction<DB>, heard: number | null): Promise<void> {
    if (heard !== null && this.revision >= 0 && heard <= this.revision) return
    const head = await trx.selectFrom('station_revision').select(['revision', 'full_since']).executeTakeFirstOrThrow()
    if (this.revision >= 0 && head.revision <= this.revision) return
    // One catch-up at a time per process; whoever waited may find nothing left to do.
    const run = this.catchingUp.then(() => this.read(trx, head))
    this.catchingUp = run.catch(() => {})
    return run
  }

  private async read(trx: Transaction<DB>, head: { revision: number; full_since: number }) {
    if (this.revision >= 0 && head.revision <= this.revision) return
    const full = this.revision < 0 || head.full_since > this.revision
    let query = trx
      .selectFrom('stations as s')
      .innerJoin('communities as c', 'c.id', 's.community_id')
      .select(SUMMARY_COLUMNS)
      .select(['c.name as community_name', 's.revision'])
    query = full ? query.where('s.retired_at', 'is', null) : query.where('s.revision', '>', this.revision)
    const rows = (await query.execute()) as (SummaryRow & { revision: number })[]
    // Rows committed after `head` was read may be here too; revisions commit in order, so every
    // revision up to the highest seen is complete.
    const grid = full ? new StationGrid() : this.grid
    let revision = head.revision
    for (const row of rows) {
      grid.put(row)
      if (row.revision > revision) revision = row.revision
    }
    this.grid = grid
    this.revision = revision
  }
}

const indexes = new WeakMap<Database, NearbyIndex>()

/** The grid of live stations for this transaction's database, caught up with what has committed. */
export async function liveStations(trx: Transaction<DB>, db: Database): Promise<StationGrid> {
  let index = indexes.get(db)
  if (!index) indexes.set(db, (index = new NearbyIndex()))
  await index.catchUp(trx, heardRevision(db, 'stations'))
  return index.grid
}
