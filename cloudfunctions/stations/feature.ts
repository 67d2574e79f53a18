import { defineFeature } from '../../server/core/feature'
import * as m0002 from './migrations/0002_stations'
import * as m0007 from './migrations/0007_station_revisions'
import * as m0008 from './migrations/0008_stations_nearby_in_postgres'
import { stationNotices } from './notices'
import { stationsPersonalData } from './personal-data'

export const stationsFeature = defineFeature({
  name: 'stations',
  migrations: {
    '0002_stations': m0002,
    '0007_station_revisions': m0007,
    '0008_stations_nearby_in_postgres': m0008,
  },
  notices: stationNotices,
  personalData: stationsPersonalData,
})
