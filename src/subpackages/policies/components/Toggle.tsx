import { Button } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  on: boolean
  onPress: () => void
  /** What a screen reader says when the text alone is not enough. */
  label?: string
  children: ReactNode
}

/** A chip that is on or off: a real button (keyboard and screen reader work as they should), 44 px tall. */
export function Toggle({ on, onPress, label, children }: Props) {
  return (
    <Button className={`pol-chip${on ? ' pol-chip--on' : ''}`} aria-pressed={on} aria-label={label} onClick={onPress}>
      {children}
    </Button>
  )
}
