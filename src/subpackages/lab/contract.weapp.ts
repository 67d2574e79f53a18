import { labContract } from '../../../contract/lab'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the lab function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('lab', labContract)
