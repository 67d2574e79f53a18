import { RIDER_PLATFORMS } from '../../../contract/canteen'
import { maskId, maskName, maskPhone } from '../../../server/people/mask'

/** A verification as staff and the rider see it: rider number masked but its last 4. */
export function presentVerification(v: {
  id: number
  platform: string
  rider_no: string
  status: 'pending' | 'approved' | 'rejected'
  reason: string | null
  created_at: Date | string
  reviewed_at: Date | string | null
  display_name: string
  phone: string | null
  photo: string | null
}) {
  return {
    id: v.id,
    userName: maskName(v.display_name),
    phone: maskPhone(v.phone) ?? '',
    platform: RIDER_PLATFORMS[v.platform as keyof typeof RIDER_PLATFORMS] ?? v.platform,
    riderNo: maskId(v.rider_no),
    status: v.status,
    reason: v.reason,
    createdAt: new Date(v.created_at).toISOString(),
    reviewedAt: v.reviewed_at ? new Date(v.reviewed_at).toISOString() : null,
    photo: v.photo,
  }
}

export const VERIFICATION_COLUMNS = [
  'v.id',
  'v.platform',
  'v.rider_no',
  'v.status',
  'v.reason',
  'v.created_at',
  'v.reviewed_at',
  'v.photo',
  'u.display_name',
  'u.phone',
] as const
