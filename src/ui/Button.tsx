// NutUI, one file per component with its own stylesheet: a page pays only for the components it
// uses (the global sheet alone costs ~230 KB of wxss, DESIGN.md §1; a shared barrel put every
// component on every page). Import NutUI from src/ui/<Component> only.
import NutButton from '@nutui/nutui-react-taro/dist/esm/Button'
import '@nutui/nutui-react-taro/dist/esm/Button/style/css'
import { Text } from '@tarojs/components'
import { createElement, Fragment, type ComponentProps } from 'react'

/**
 * NutUI's Button. On H5 it is a real <button>, but a disabled one only looks disabled: say so to
 * screen readers too. `why`: while disabled, the reason is written next to it (请先选择话题…) —
 * a grey button alone does not say what to do.
 */
/**
 * The variants the app uses; the build drops NutUI's styles for the others
 * (config/drop-unused-nut-styles.ts), so a new one is added here and there together.
 */
type Props = Omit<ComponentProps<typeof NutButton>, 'type' | 'size' | 'fill'> & {
  type?: 'default' | 'primary' | 'danger'
  size?: 'small' | 'normal'
  fill?: 'solid' | 'outline' | 'none'
  /** Why it is disabled, shown next to it (a greyed button alone does not say what to do). */
  why?: string
}

export function Button({ why, ...props }: Props) {
  const button = createElement(NutButton, { ...props, ...(props.disabled ? { 'aria-disabled': true } : {}) })
  if (!props.disabled || !why) return button
  return createElement(Fragment, null, button, createElement(Text, { className: 'why-disabled' }, why))
}
