import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { pressProps, roleProps } from '../platform/a11y'

interface Props {
  /** What a screen reader says (defaults to the text inside). */
  label?: string
  role?: 'button' | 'link' | 'listitem'
  className?: string
  /** For a button that shows or hides something below it. */
  expanded?: boolean
  /** A toggle button (a chosen time slot, 收藏): on or off, announced as pressed. */
  pressed?: boolean
  /** Shown but not pressable now (e.g. 提交评价 before a score): announced as unavailable. */
  disabled?: boolean
  /** While disabled: why, written next to it (a grey control alone does not say what to do). */
  why?: string
  onPress: () => void
  children?: ReactNode
}

/**
 * A View that acts as a button or link (a tile, a card, a text link): it has a role and a name,
 * Enter and Space press it on H5, and it is at least one tap target tall (.pressable).
 * For a plain action prefer NutUI's Button, which is a real <button>.
 */
export function Pressable({
  label,
  role = 'button',
  className = '',
  expanded,
  pressed,
  disabled,
  why,
  onPress,
  children,
}: Props) {
  const press = () => {
    if (!disabled) onPress()
  }
  const control = (
    <View
      className={`pressable ${className}${disabled ? ' pressable--disabled' : ''}`}
      {...roleProps(role)}
      aria-label={label}
      aria-expanded={expanded}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      onClick={press}
      {...pressProps(press)}
    >
      {children}
    </View>
  )
  if (!disabled || !why) return control
  return (
    <>
      {control}
      <Text className="why-disabled">{why}</Text>
    </>
  )
}
