import { talentContract } from '../../../contract/talent'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the talent function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('talent', talentContract)
