import { adminContract } from '../../../contract/admin'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the admin function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('admin', adminContract)
