import type { FeatureEntries } from '../../features'

// The talent board on the home page (src/features.ts lists every feature's entries).
export const talentEntries: FeatureEntries = {
  tiles: [
    {
      key: 'talent',
      title: '人才揭榜',
      subtitle: '发榜 · 揭榜',
      glyph: '榜',
      path: '/subpackages/talent/index',
      order: 50,
    },
  ],
}
