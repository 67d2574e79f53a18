import type { FeatureEntries } from '../../entries'

// Canteens on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const canteenEntries: FeatureEntries = {
  tiles: [
    {
      key: 'canteen',
      title: '延时餐厅',
      subtitle: '骑手 6.8 折',
      glyph: '餐',
      path: '/subpackages/canteen/index',
      order: 20,
    },
  ],
  mine: [
    { section: 'services', title: '我的订餐预约', url: '/subpackages/canteen/bookings' },
    {
      section: 'services',
      roles: ['rider'],
      title: '骑手认证',
      url: '/subpackages/canteen/rider',
      extra: (me) => (me.riderVerified ? '已认证' : undefined),
    },
    {
      section: 'services',
      roles: ['rider'],
      when: (me) => me.riderVerified,
      title: '骑手码',
      description: '柜台扫码，现场用餐享骑手价',
      url: '/subpackages/canteen/rider-code',
    },
    { section: 'desk', roles: ['social_worker', 'admin'], title: '延时餐厅柜台', url: '/subpackages/canteen/index' },
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '延时餐厅管理（新建、时段、菜单、休息日）',
      url: '/subpackages/canteen/manage',
    },
  ],
}
