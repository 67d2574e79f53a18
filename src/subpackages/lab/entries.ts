import type { FeatureEntries } from '../../entries'

// 共享实验室 on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const labEntries: FeatureEntries = {
  tiles: [
    {
      key: 'lab',
      title: '共享实验室',
      subtitle: '检测费省 40%+',
      glyph: '检',
      path: '/subpackages/lab/index',
      order: 80,
    },
  ],
  mine: [
    { section: 'services', roles: ['enterprise'], title: '我的检测订单', url: '/subpackages/lab/orders' },
    {
      section: 'desk',
      roles: ['lab_staff', 'admin', 'social_worker'],
      title: '共享实验室工作台（收样、报告、目录、统计）',
      url: '/subpackages/lab/desk',
    },
  ],
}
