import { defineFeature } from '../../server/core/feature'
import * as m0002 from './migrations/0002_stations'
import * as m0007 from './migrations/0007_station_revisions'
import { stationNotices } from './notices'
import { stationsPersonalData } from './personal-data'
import { seedStations } from './seed'

export const stationsFeature = defineFeature({
  name: 'stations',
  migrations: { '0002_stations': m0002, '0007_station_revisions': m0007 },
  notices: stationNotices,
  seed: seedStations,
  personalData: stationsPersonalData,
})
