import { jobsContract } from '../../../contract/jobs'
import { registerContract } from '../../platform/contracts'

// weapp: this subpackage carries the jobs function's contract, so call.ts checks input before
// sending (see src/platform/contracts.weapp.ts). Every page of the subpackage imports './contract'.
registerContract('jobs', jobsContract)
