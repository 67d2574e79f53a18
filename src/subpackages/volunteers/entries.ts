import type { FeatureEntries } from '../../entries'

// 志愿服务 on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const volunteersEntries: FeatureEntries = {
  tiles: [
    {
      key: 'volunteers',
      title: '志愿服务',
      subtitle: '微光 · 邻里维修',
      glyph: '志',
      path: '/subpackages/volunteers/index',
      order: 65,
    },
  ],
  mine: [
    {
      section: 'services',
      title: '我的志愿',
      description: '志愿队报名、服务时长',
      url: '/subpackages/volunteers/mine',
    },
  ],
}
