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
