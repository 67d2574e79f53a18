import { ROLE_LABELS, type Role } from '../../../contract/roles'

/** What an application asked, in words, for the applicant and the reviewer. */
export function applicationFacts(role: Role, details: Record<string, unknown>): { label: string; value: string }[] {
  const d = details as Record<string, string | undefined>
  if (role === 'enterprise')
    return [
      { label: '企业名称', value: d.name ?? '' },
      { label: '统一社会信用代码', value: d.creditCode ?? '' },
    ]
  if (role === 'expert')
    return [
      { label: '研究领域', value: d.field ?? '' },
      { label: '所在单位', value: d.institution ?? '' },
      { label: '职称', value: d.title ?? '' },
    ]
  return []
}

export interface ApplicationRow {
  id: number
  role: 'enterprise' | 'expert'
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn'
  reason: string | null
  details: Record<string, unknown>
  created_at: Date | string
  reviewed_at: Date | string | null
  community: string
}

export function presentApplication(a: ApplicationRow) {
  return {
    id: a.id,
    role: a.role,
    label: ROLE_LABELS[a.role],
    status: a.status,
    reason: a.reason,
    community: a.community,
    facts: applicationFacts(a.role, a.details),
    createdAt: new Date(a.created_at).toISOString(),
    reviewedAt: a.reviewed_at ? new Date(a.reviewed_at).toISOString() : null,
  }
}

export const APPLICATION_COLUMNS = [
  'a.id',
  'a.role',
  'a.status',
  'a.reason',
  'a.details',
  'a.created_at',
  'a.reviewed_at',
  'c.name as community',
] as const
