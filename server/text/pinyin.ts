// Pinyin and initials of Chinese text, for search columns computed when a record is written
// (policies, the lab's catalogue): "rcd" and "rencai" find 人才贷. pinyin-pro (~450 KB of
// dictionaries) is loaded with the first record written, never on a read or a cold start.

const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '')

export type Pinyin = (typeof import('pinyin-pro'))['pinyin']

/** The pinyin function, loaded on first use. */
export const loadPinyin = async (): Promise<Pinyin> => (await import('pinyin-pro')).pinyin

/** Full pinyin (no tones, no spaces) and initials of the Chinese in `text`. */
export function pinyinOf(pinyin: Pinyin, text: string) {
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).map(letters).join('')
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
    .map(letters)
    .join('')
  return { full, initials }
}
