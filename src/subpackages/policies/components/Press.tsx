import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { pressProps, roleProps } from '../../../platform/a11y'

interface Props {
  onPress: () => void
  className?: string
  /** What a screen reader says, when the text inside is not enough. */
  label?: string
  /** A toggle: on or off. */
  pressed?: boolean
  /** Shows or hides something below it. */
  expanded?: boolean
  disabled?: boolean
  children?: ReactNode
}

/**
 * A button drawn as a View (Taro's own Button renders a bare custom element on H5): a role and a
 * name, Enter and Space press it, and its CSS makes it at least 44 px tall.
 */
export function Press({ onPress, className = '', label, pressed, expanded, disabled, children }: Props) {
  const press = () => {
    if (!disabled) onPress()
  }
  return (
    <View
      className={`${className}${disabled ? ' pol-disabled' : ''}`}
      {...roleProps('button')}
      aria-label={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-disabled={disabled || undefined}
      onClick={press}
      {...pressProps(press)}
    >
      {children}
    </View>
  )
}
