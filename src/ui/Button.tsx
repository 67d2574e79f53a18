// NutUI, one file per component with its own stylesheet: a page pays only for the components it
// uses (the global sheet alone costs ~230 KB of wxss, DESIGN.md §1; a shared barrel put every
// component on every page). Import NutUI from src/ui/<Component> only.
import NutButton from '@nutui/nutui-react-taro/dist/esm/Button'
import '@nutui/nutui-react-taro/dist/esm/Button/style/css'
import { createElement, type ComponentProps } from 'react'

/**
 * NutUI's Button. On H5 it is a real <button>, but a disabled one only looks disabled: say so to
 * screen readers too.
 */
/**
 * The variants the app uses; the build drops NutUI's styles for the others
 * (config/drop-unused-nut-styles.ts), so a new one is added here and there together.
 */
type Props = Omit<ComponentProps<typeof NutButton>, 'type' | 'size' | 'fill'> & {
  type?: 'default' | 'primary' | 'danger'
  size?: 'small' | 'normal'
  fill?: 'solid' | 'outline' | 'none'
}

export function Button(props: Props) {
  return createElement(NutButton, { ...props, ...(props.disabled ? { 'aria-disabled': true } : {}) })
}
