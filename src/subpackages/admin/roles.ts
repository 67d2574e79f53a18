import { GRANTABLE_ROLES } from '../../../contract/admin'
import { ROLE_LABELS, ROLES, type Role } from '../../../contract/roles'

export const ROLE_OPTIONS = ROLES.map((r) => [r, ROLE_LABELS[r]] as const)
export const GRANTABLE_OPTIONS = GRANTABLE_ROLES.map((r) => [r, ROLE_LABELS[r]] as const)
export const roleLabel = (r: Role) => ROLE_LABELS[r]
