import { stationsContract } from '../../../contract/stations'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the stations function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('stations', stationsContract)
