import type { FeatureEntries } from '../../entries'

// The talent board on the home page (src/entries.ts lists every feature's entries).
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
