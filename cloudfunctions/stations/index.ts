// Cloud function `stations`: the service-point map — find, rate and report stations (everyone),
// live status, hours and the report queue (station staff), the register and CSV (admin).
import { stationsContract } from '../../contract/stations'
import { defineFunction } from '../features'
import { detail } from './detail'
import { exportCsv } from './exportCsv'
import { importCsv } from './importCsv'
import { nearby } from './nearby'
import { rate } from './rate'
import { report } from './report'
import { reports } from './reports'
import { resolveReport } from './resolveReport'
import { retire } from './retire'
import { save } from './save'
import { setHours } from './setHours'
import { setStatus } from './setStatus'

export const main = defineFunction('stations', stationsContract, {
  nearby,
  detail,
  rate,
  report,
  setStatus,
  setHours,
  reports,
  resolveReport,
  save,
  retire,
  importCsv,
  exportCsv,
})
