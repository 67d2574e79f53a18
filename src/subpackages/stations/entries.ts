import type { FeatureEntries } from '../../entries'

// Stations on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const stationsEntries: FeatureEntries = {
  tiles: [
    {
      key: 'stations',
      title: '服务站点地图',
      subtitle: '充电 · 热水 · 歇脚',
      glyph: '站',
      path: '/subpackages/stations/index',
      order: 10,
    },
  ],
  mine: [
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: (me) => (me.roles.some((r) => r.role === 'admin') ? '站点管理（新建、反馈、导入导出）' : '站点反馈处理'),
      url: '/subpackages/stations/manage',
    },
  ],
}
