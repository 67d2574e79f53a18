import type { UserRow } from '../db/schema'

/**
 * Staff of a community by role: any admin, or a social worker of that community. Features add
 * their own named staff on top (a station's managers, a canteen's counter staff, an organizer).
 */
export function isCommunityStaff(user: UserRow | null, communityId: number): boolean {
  if (!user || user.disabled) return false
  return user.role === 'admin' || (user.role === 'social_worker' && user.community_id === communityId)
}
