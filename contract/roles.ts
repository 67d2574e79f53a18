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
  'bank',
  'party_guide',
  'lab_staff',
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
  bank: '合作银行',
  party_guide: '党建指导员',
  lab_staff: '实验室人员',
}

/** Staff sign in with username + password; everyone else by WeChat identity. */
export const STAFF_ROLES: readonly Role[] = ['social_worker', 'department', 'admin', 'bank', 'lab_staff']

/** What a person may say they are on first use (and ask for later); staff roles are granted by an admin. */
export const SELF_ROLES = ['worker', 'rider', 'entrepreneur', 'enterprise', 'expert'] as const
export type SelfRole = (typeof SELF_ROLES)[number]

/**
 * How a role is obtained and what it unlocks: shown on the onboarding and 我的身份 pages and
 * listed in docs/features/user.md. `how` says what the person must do; `unlocks` what they then can.
 */
export const ROLE_GUIDE: Record<Role, { how: string; unlocks: readonly string[] }> = {
  worker: {
    how: '选择即开通',
    unlocks: ['报名社区活动、加入兴趣社团', '提交职工所盼（微心愿）', '延时餐厅预约（原价）'],
  },
  rider: {
    how: '选择即开通；骑手价需提交骑手认证，由本社区社工审核',
    unlocks: ['服务站点地图：充电、热水、歇脚', '延时餐厅预约', '认证后享骑手价（太白社区延时餐厅 6.8 折）', '微心愿'],
  },
  entrepreneur: {
    how: '按出生年份计算，35 周岁及以下即开通；可填写所在企业（选填）',
    unlocks: ['青年政策汇编与资格自测', '预约青创导师', '青年活动报名'],
  },
  enterprise: {
    how: '填写企业名称和统一社会信用代码，由企业所在社区的社工确认',
    unlocks: [
      '企业点单：提交诉求并跟踪办结、评价',
      '发榜（技术难题）与人才需求',
      '发布企业活动',
      '共享实验室：预约检测、送样、下载报告',
    ],
  },
  expert: {
    how: '填写研究领域、所在单位和职称，由本社区社工审核',
    unlocks: ['揭榜企业技术难题', '进入人才供给池', '双聘对接'],
  },
  social_worker: {
    how: '由管理员授予，限定到社区',
    unlocks: [
      '审核本社区的身份申请与骑手认证',
      '查看本社区人员（手机号打码）',
      '发布社区活动、柜台核销、站点反馈处理',
      '社区派单',
    ],
  },
  department: { how: '由管理员授予，限定到部门', unlocks: ['接收派单、办理并办结企业诉求'] },
  admin: { how: '由管理员授予', unlocks: ['账号与授权、社区、部门、企业、站点与餐厅管理', '审计日志'] },
  mentor: { how: '由管理员授予', unlocks: ['开放辅导时段，供青创客预约'] },
  broker: { how: '由管理员授予，限定到社区', unlocks: ['为企业引荐专家、对接人才供需'] },
  bank: {
    how: '由管理员授予，限定到一家合作银行（成员单位）',
    unlocks: ['受理本行的红链贷申请：要补充材料、审批放款额度或说明理由拒绝', '查看本行的红链贷统计'],
  },
  party_guide: {
    how: '由管理员授予，限定到社区（社区可不设）',
    unlocks: ['查看本社区新提交的企业诉求', '传单：附意见转交网格社工派单'],
  },
  lab_staff: {
    how: '由管理员授予，限定到实验室',
    unlocks: [
      '维护共享实验室的检测项目目录（可导入表格）',
      '扫码收样、推进检测进度、上传检测报告',
      '查看本实验室的订单与统计',
    ],
  },
}

/** The name a WeChat user arrives with, until they give theirs (first use asks for it). */
export const WECHAT_DEFAULT_NAME = '微信用户'

/** The age limit of 青创客 (years, counted from the birth year). */
export const ENTREPRENEUR_MAX_AGE = 35

/** Does the person hold a role (in any scope)? Pages show what a role unlocks by this (no zod here). */
export const holds = (me: { roles: readonly { role: Role }[] } | null | undefined, ...roles: Role[]) =>
  Boolean(me?.roles.some((r) => roles.includes(r.role)))
