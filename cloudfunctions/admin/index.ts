// Cloud function `admin`: people and their roles, staff accounts (one-time passwords, disable,
// reset), communities and grids, departments and their members, enterprises (with spreadsheet
// import and export), canteen and station staff, and the audit log. Admins act everywhere; a 社工
// sees and keeps their own community's part (domain/access.ts).
import { adminContract } from '../../contract/admin'
import { defineFunction } from '../features'
import { auditLog } from './auditLog'
import { communities } from './communities'
import { createStaff } from './createStaff'
import { department } from './department'
import { departments } from './departments'
import { enterprises } from './enterprises'
import { exportAudit } from './exportAudit'
import { exportEnterprises } from './exportEnterprises'
import { grantRole } from './grantRole'
import { grids } from './grids'
import { importEnterprises } from './importEnterprises'
import { places } from './places'
import { resetPassword } from './resetPassword'
import { revokeRole } from './revokeRole'
import { saveCommunity } from './saveCommunity'
import { saveDepartment } from './saveDepartment'
import { saveEnterprise } from './saveEnterprise'
import { saveGrid } from './saveGrid'
import { handoverGrid } from './handoverGrid'
import { scope } from './scope'
import { searchUsers } from './searchUsers'
import { setCanteenStaff } from './setCanteenStaff'
import { setDisabled } from './setDisabled'
import { setStationStaff } from './setStationStaff'
import { user } from './user'

export const main = defineFunction('admin', adminContract, {
  scope,
  searchUsers,
  user,
  grantRole,
  revokeRole,
  createStaff,
  setDisabled,
  resetPassword,
  communities,
  saveCommunity,
  grids,
  saveGrid,
  handoverGrid,
  departments,
  department,
  saveDepartment,
  enterprises,
  saveEnterprise,
  importEnterprises,
  exportEnterprises,
  places,
  setCanteenStaff,
  setStationStaff,
  auditLog,
  exportAudit,
})
