import type { ReactNode } from 'react'
import { Press } from './Press'

interface Props {
  on: boolean
  onPress: () => void
  /** What a screen reader says when the text alone is not enough. */
  label?: string
  children: ReactNode
}

/** A chip that is on or off (aria-pressed), 44 px tall. */
export function Toggle({ on, onPress, label, children }: Props) {
  return (
    <Press className={`pol-chip${on ? ' pol-chip--on' : ''}`} pressed={on} label={label} onPress={onPress}>
      {children}
    </Press>
  )
}
