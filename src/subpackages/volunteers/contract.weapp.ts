import { volunteersContract } from '../../../contract/volunteers'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the volunteers function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('volunteers', volunteersContract)
