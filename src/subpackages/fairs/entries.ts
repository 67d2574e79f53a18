import type { FeatureEntries } from '../../entries'

// 专场招聘会 on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const fairsEntries: FeatureEntries = {
  tiles: [
    {
      key: 'fairs',
      title: '专场招聘会',
      subtitle: '报名 · 扫码投递',
      glyph: '聘',
      path: '/subpackages/fairs/index',
      order: 75,
    },
  ],
  mine: [
    { section: 'services', title: '我的招聘会', url: '/subpackages/fairs/mine' },
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '专场招聘会（排期、入场核验、结果）',
      url: '/subpackages/fairs/manage',
    },
  ],
}
