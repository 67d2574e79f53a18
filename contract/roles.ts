// Roles of the people who use Lianshe (see BRIEF.md "Who uses the app").
export const ROLES = [
  'rider',
  'worker',
  'entrepreneur',
  'enterprise',
  'expert',
  'social_worker',
  'department',
  'admin',
  'mentor',
  'broker',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  rider: '骑手',
  worker: '职工',
  entrepreneur: '青创客',
  enterprise: '企业联络员',
  expert: '专家',
  social_worker: '社工',
  department: '部门',
  admin: '管理员',
  mentor: '青创导师',
  broker: '人才经纪人',
}

/** Staff sign in with username + password; everyone else by WeChat identity. */
export const STAFF_ROLES: readonly Role[] = ['social_worker', 'department', 'admin']
