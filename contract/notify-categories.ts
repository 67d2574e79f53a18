// Plain words, no zod: the inbox page in the weapp main package shows them without carrying the
// notifications contract (src/platform/contracts.weapp.ts).

/** What a notification is about; people mute pushes per category (the inbox still gets them). */
export const NOTIFY_CATEGORIES = {
  booking: '预约与报名',
  reminder: '开始前提醒',
  service: '服务进度',
  account: '账号与认证',
  community: '社区动态',
} as const
export type NotifyCategory = keyof typeof NOTIFY_CATEGORIES

// The kinds each feature's subscribe tap asks WeChat for. Here, not in the features' contracts, so
// the manifests (bundled by every function) name them without carrying the contracts' schemas.
/** What the sign-up tap asks to be told by WeChat message. */
export const ACTIVITY_SUBSCRIBE_KINDS = ['activity_reminder', 'activity_promoted', 'activity_changed'] as const
/** What the booking tap asks to be told by WeChat message. */
export const CANTEEN_SUBSCRIBE_KINDS = ['canteen_booked', 'canteen_reminder', 'canteen_cancelled'] as const
/** What the filing tap asks to be told by WeChat message. */
export const DEMAND_SUBSCRIBE_KINDS = ['demand_progress', 'demand_todo'] as const
/** What the booking tap asks to be told by WeChat message. */
export const MENTOR_SUBSCRIBE_KINDS = ['mentor_decided', 'mentor_reminder'] as const
/** What the favourite tap asks to be told. */
export const POLICY_SUBSCRIBE_KINDS = ['policy_deadline', 'policy_matched'] as const
/** What the 零工市场's apply tap asks to be told by WeChat message. */
export const JOBS_SUBSCRIBE_KINDS = ['jobs_application_update'] as const
/** What the take and invite taps ask to be told by WeChat message. */
export const TALENT_SUBSCRIBE_KINDS = ['talent_take_update', 'talent_team_invite'] as const

/** Delivery platforms a rider verifies with (canteen's rider price; named in personal data). */
export const RIDER_PLATFORMS = { meituan: '美团', eleme: '饿了么', sf: '顺丰同城', other: '其他平台' } as const
