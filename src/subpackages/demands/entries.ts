import type { FeatureEntries } from '../../entries'

// Demands and the three lists (微心愿) on the home page (src/entries.ts lists every feature's entries).
export const demandsEntries: FeatureEntries = {
  tiles: [
    {
      key: 'demands',
      title: '企业诉求',
      subtitle: '企业点单 · 社区派单',
      glyph: '诉',
      path: '/subpackages/demands/index',
      order: 60,
    },
    {
      key: 'wishes',
      title: '微心愿',
      subtitle: '职工所盼',
      glyph: '愿',
      path: '/subpackages/demands/lists?tab=wishes',
      order: 90,
    },
  ],
}
