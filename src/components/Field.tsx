import { Text, View } from '@tarojs/components'
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import { fieldProps } from '../platform/a11y'

interface Props {
  /** Shown above the control, and the control's name for screen readers. */
  label: string
  /** One text control (Input, Textarea), or a <ChipGroup label=…> (which names itself), or a row of controls. */
  children: ReactNode
  /** Marked 必填 beside the label (the words are part of the name, so a screen reader says it too). */
  required?: boolean
  /** A Chinese problem with what was entered, shown under the control (and part of a text control's name). */
  error?: string
}

/** A form field: its label above, the same words as a text control's accessible name. */
export function Field({ label, children, required, error }: Props) {
  // A text control (it takes input) is named by the label; anything else names itself.
  const input =
    isValidElement(children) && ('onChange' in (children.props as object) || 'onInput' in (children.props as object))
  const name = `${label}${required ? '（必填）' : ''}${error ? `，${error}` : ''}`
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className="field__label">
        {label}
        {required && <Text className="field__required">（必填）</Text>}
      </Text>
      {input ? cloneElement(children as ReactElement, fieldProps(name)) : children}
      {error && (
        <View className="field__error" role="alert">
          {error}
        </View>
      )}
    </View>
  )
}
