import type { Migration } from 'kysely'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_stations'
import * as m0003 from './0003_notifications'
import * as m0004 from './0004_reservations'
import * as m0005 from './0005_canteen'
import * as m0006 from './0006_activities'
import * as m0007 from './0007_station_revisions'
import * as m0008 from './0008_stations_nearby_in_postgres'

// Listed in code (not read from disk) so the migrations bundle into each cloud function.
// Names sort in order of application; append only.
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_stations': m0002,
  '0003_notifications': m0003,
  '0004_reservations': m0004,
  '0005_canteen': m0005,
  '0006_activities': m0006,
  '0007_station_revisions': m0007,
  '0008_stations_nearby_in_postgres': m0008,
}
