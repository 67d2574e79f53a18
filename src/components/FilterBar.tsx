import { Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'
import { pressProps, roleProps } from '../platform/a11y'
import { windowWidth } from '../platform/display'
import { useLargeText } from '../services/large-text'
import { Chip, ChipGroup } from './Chip'
import './FilterBar.css'

export interface FilterGroup<K extends string | number = string | number> {
  /** The group's title in the panel (设施, 类别, 社区…). */
  title: string
  options: { key: K; label: string }[]
  selected: K[]
  /** One choice (tapping the chosen one again clears it) or several. */
  multi?: boolean
  onToggle: (key: K) => void
}

interface Props {
  /** Filters used most, always in view (现在开放, 还有名额). Chips, usually. */
  pinned?: ReactNode
  groups: FilterGroup[]
  /** Filters that are not chips (a date, a user's number…): in the panel, after the groups. */
  children?: ReactNode
  /** How many of `children`'s filters are set (counted with the chosen chips). */
  active?: number
  onClear?: () => void
}

/**
 * One choice among `options` ([key, words] pairs) as a group: tapping the chosen one again
 * clears it (`null`: 全部).
 */
export function oneOf<K extends string | number>(
  title: string,
  options: readonly (readonly [K, string])[],
  value: K | null | undefined,
  onChange: (value: K | null) => void,
): FilterGroup {
  return {
    title,
    options: options.map(([key, label]) => ({ key, label })),
    selected: value === null || value === undefined ? [] : [value],
    onToggle: (key) => onChange(key === value ? null : (key as K)),
  }
}

// Estimated chip width: its characters at the chip's font size plus padding and the gap.
const chipWidth = (label: string, fontPx: number) => label.length * fontPx + 28 + 8

/**
 * Filters that fit on one row are shown as chips. More than one row's worth collapse behind
 * 筛选 with the number chosen (so the list starts near the top of the screen); the button opens
 * them in place, grouped, with any other filters (`children`: a date, a number) after them.
 * Works in large text, where fewer fit.
 */
export function FilterBar({ pinned, groups, children, active = 0, onClear }: Props) {
  const large = useLargeText()
  const [open, setOpen] = useState(false)
  const chosen = groups.reduce((n, g) => n + g.selected.length, 0) + active
  // The page's content width (12 px padding each side).
  const width = useMemo(() => windowWidth() - 24, [])
  const all = groups.flatMap((g) => g.options.map((o) => o.label))
  const fits = !children && all.reduce((w, l) => w + chipWidth(l, large ? 18 : 13), 0) + (pinned ? 120 : 0) <= width

  const chips = (g: FilterGroup) =>
    g.options.map((o) => (
      <Chip
        key={o.key}
        role={g.multi ? 'checkbox' : 'radio'}
        on={g.selected.includes(o.key)}
        onPress={() => g.onToggle(o.key)}
      >
        {o.label}
      </Chip>
    ))

  if (fits) {
    return (
      <ChipGroup label="筛选" kind="group" className="filter-bar">
        {pinned}
        {groups.flatMap(chips)}
      </ChipGroup>
    )
  }
  const summary = groups
    .flatMap((g) => g.options.filter((o) => g.selected.includes(o.key)).map((o) => o.label))
    .join('、')
  const toggle = () => setOpen(!open)
  return (
    <View className="filter-bar">
      <View className="chips filter-bar__row" {...roleProps('group')} aria-label="筛选">
        {pinned}
        <View
          className={`chip filter-bar__toggle${chosen ? ' chip--on' : ''}`}
          {...roleProps('button')}
          aria-expanded={open}
          // The name starts with the words shown (筛选 · 2), then says what the number is.
          aria-label={chosen ? `筛选 · ${chosen}，已选 ${chosen} 项` : undefined}
          onClick={toggle}
          {...pressProps(toggle)}
        >
          筛选{chosen ? ` · ${chosen}` : ''}
          <Text aria-hidden="true"> {open ? '▴' : '▾'}</Text>
        </View>
      </View>
      {!open && summary && <Text className="muted filter-bar__summary">已选：{summary}</Text>}
      {open && (
        <View className="card filter-bar__panel">
          {groups.map((g) => (
            <View key={g.title} className="filter-bar__group">
              <Text className="filter-bar__title">{g.title}</Text>
              <ChipGroup label={g.title} kind={g.multi ? 'group' : 'radiogroup'}>
                {chips(g)}
              </ChipGroup>
            </View>
          ))}
          {children}
          <View className="row filter-bar__actions">
            {onClear && chosen > 0 && (
              <Chip role="button" onPress={onClear}>
                清除筛选
              </Chip>
            )}
            <Chip role="button" onPress={toggle}>
              收起
            </Chip>
          </View>
        </View>
      )}
    </View>
  )
}
