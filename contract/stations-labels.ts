// The words of the stations feature (facilities, tiers, report kinds, weekdays) without its
// schemas: pages import these, and the schemas (zod) load only when the contract does.

/** What a station offers. Keys are stable; labels are what people read. */
export const FACILITIES = {
  phone_charging: '手机充电',
  ebike_charging: '电动车充电/换电',
  hot_water: '热水',
  microwave: '微波炉',
  seating: '休息座椅',
  toilet: '卫生间',
  air_conditioning: '空调',
  first_aid: '药箱',
  rain_gear: '雨具',
  wifi: 'Wi-Fi',
  nursing_room: '母婴室',
  canteen: '延时餐厅/骑手优惠',
} as const
export type Facility = keyof typeof FACILITIES

/** Tiers of the rider network (大碶's 1+8+N) and the other station kinds in the texts. */
export const TIERS = {
  main_station: '总站',
  sub_station: '分站',
  caring_merchant: '爱心商家',
  outdoor_worker: '户外劳动者服务站',
  red_post: '红领驿站',
  community_center: '党群服务中心',
} as const
export type Tier = keyof typeof TIERS

export const REPORT_KINDS = {
  closed_when_listed_open: '显示开放但实际关闭',
  charger_broken: '充电设备故障',
  no_hot_water: '没有热水',
  facility_missing: '设施与描述不符',
  location_wrong: '位置不准确',
  other: '其他问题',
} as const
export type ReportKind = keyof typeof REPORT_KINDS

export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const
