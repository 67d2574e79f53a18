import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { focusProps, pressProps, roleProps } from '../platform/a11y'

type ChipRole = 'checkbox' | 'radio' | 'switch' | 'tab' | 'button'

interface ChipProps {
  /** Chosen (checkbox, radio, switch, tab; on a button, given = a toggle button, aria-pressed). */
  on?: boolean
  /** checkbox: toggles on its own; radio: one of a group; tab; switch; button: an action. */
  role?: ChipRole
  /** What a screen reader says, when the text alone is not enough (e.g. 删除午餐). */
  label?: string
  disabled?: boolean
  onPress: () => void
  children?: ReactNode
}

/**
 * A toggle chip: at least 44×44 (52 in large text), text on one line, its state announced
 * (aria-checked / aria-selected), pressable with Enter or Space on H5.
 */
export function Chip({ on, role = 'checkbox', label, disabled, onPress, children }: ChipProps) {
  const state =
    role === 'tab'
      ? { 'aria-selected': !!on }
      : role === 'button'
        ? on === undefined
          ? {}
          : { 'aria-pressed': on }
        : { 'aria-checked': !!on }
  const press = () => {
    if (!disabled) onPress()
  }
  return (
    <View
      className={`chip${on ? ' chip--on' : ''}${disabled ? ' chip--disabled' : ''}`}
      {...roleProps(role)}
      {...state}
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={press}
      {...pressProps(press)}
    >
      {children}
    </View>
  )
}

interface GroupProps {
  /** The group's name for screen readers (类别, 日期…). */
  label: string
  /** radiogroup for one choice, group for several or for actions, tablist for tabs. */
  kind?: 'radiogroup' | 'group' | 'tablist'
  /** One scrolling row instead of wrapping (the row is then focusable, so a keyboard can scroll it). */
  scroll?: boolean
  className?: string
  children?: ReactNode
}

/** Chips together: wrapped onto as many rows as they need, or one scrolling row. */
export function ChipGroup({ label, kind = 'group', scroll, className = '', children }: GroupProps) {
  return (
    <View
      className={`chips${scroll ? ' chips--scroll' : ''} ${className}`}
      {...roleProps(kind)}
      aria-label={label}
      {...(scroll ? focusProps() : {})}
    >
      {children}
    </View>
  )
}
