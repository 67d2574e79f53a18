import { canteenContract } from '../../../contract/canteen'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the canteen function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('canteen', canteenContract)
