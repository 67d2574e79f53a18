import { View } from '@tarojs/components'
import { focusProps, pressProps, roleProps } from '../platform/a11y'
import './Tabs.css'

interface Props<K extends string> {
  /** The tab list's name for screen readers (推荐或我的揭榜…). */
  label: string
  /** [key, words] per tab, in order. */
  tabs: readonly (readonly [K, string])[]
  value: K
  onChange: (key: K) => void
  /** Many tabs (a status board): one scrolling row, each tab as wide as its words, not sharing the row. */
  scroll?: boolean
}

/**
 * Tabs across the top of a page's content: a tablist of tabs sharing the row, the chosen one
 * marked (aria-selected) and coloured; each tab a 44 px target (52 in large text), pressable with
 * Enter or Space on H5. With `scroll`, a row too long for the screen scrolls (the row is then
 * focusable, so a keyboard can scroll it).
 */
export function Tabs<K extends string>({ label, tabs, value, onChange, scroll }: Props<K>) {
  return (
    <View
      className={`row tabs${scroll ? ' tabs--scroll' : ''}`}
      {...roleProps('tablist')}
      aria-label={label}
      {...(scroll ? focusProps() : {})}
    >
      {tabs.map(([key, words]) => (
        <View
          key={key}
          className={`tabs__tab${key === value ? ' tabs__tab--on' : ''}`}
          {...roleProps('tab')}
          aria-selected={key === value}
          onClick={() => onChange(key)}
          {...pressProps(() => onChange(key))}
        >
          {words}
        </View>
      ))}
    </View>
  )
}
