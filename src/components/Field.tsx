import { Text, View } from '@tarojs/components'
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import { fieldProps } from '../platform/a11y'

interface Props {
  /** Shown above the control, and the control's name for screen readers. */
  label: string
  /** One text control (Input, Textarea), or a <ChipGroup label=…> (which names itself), or a row of controls. */
  children: ReactNode
}

/** A form field: its label above, the same words as a text control's accessible name. */
export function Field({ label, children }: Props) {
  // A text control (it takes input) is named by the label; anything else names itself.
  const input =
    isValidElement(children) && ('onChange' in (children.props as object) || 'onInput' in (children.props as object))
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {input ? cloneElement(children as ReactElement, fieldProps(label)) : children}
    </View>
  )
}
