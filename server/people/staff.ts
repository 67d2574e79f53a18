import type { Caller } from './roles'
import { isAdmin, socialWorkerOf } from './roles'

/**
 * Staff of a community by role: any admin, or a social worker of that community. Features add
 * their own named staff on top (a station's managers, a canteen's counter staff, an organizer).
 */
export function isCommunityStaff(user: Caller | null, communityId: number): boolean {
  if (!user || user.disabled) return false
  return isAdmin(user) || socialWorkerOf(user).includes(communityId)
}
