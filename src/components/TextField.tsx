import { Textarea } from '@tarojs/components'
import { Input } from '../ui/Input'
import { Field } from './Field'

interface Props {
  /** Shown above the field, and its accessible name (H5 and weapp, via <Field>). */
  label: string
  value: string
  onChange: (value: string) => void
  /** The form field's name (H5 autofill, tests). */
  name?: string
  /** A hint of the expected form (如 压铸、轴承); never a substitute for the label. */
  placeholder?: string
  type?: 'text' | 'number' | 'digit' | 'tel' | 'password'
  maxLength?: number
  /** Several lines: a text area that grows with its text. */
  multiline?: boolean
  /** Marked 必填 beside the label. */
  required?: boolean
  /** The problem with what was entered, in Chinese, shown under the field. */
  error?: string
}

/**
 * The labelled text field: <Field>'s label above a NutUI Input (one line) or a growing Textarea
 * (`multiline`). The label names the control for screen readers on H5 and weapp.
 */
export function TextField({
  label,
  value,
  onChange,
  name,
  placeholder,
  type = 'text',
  maxLength = 200,
  multiline,
  required,
  error,
}: Props) {
  return (
    <Field label={label} required={required} error={error}>
      {multiline ? (
        <Textarea
          className="ls-textarea"
          name={name}
          value={value}
          placeholder={placeholder}
          maxlength={maxLength}
          autoHeight
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          name={name}
          type={type}
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={onChange}
        />
      )}
    </Field>
  )
}
