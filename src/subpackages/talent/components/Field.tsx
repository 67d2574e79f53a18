import { View, Text, Input, Textarea } from '@tarojs/components'

interface Props {
  label: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  type?: 'text' | 'number' | 'digit'
  multiline?: boolean
  maxlength?: number
}

/** A labelled text field: the label is shown and names the control (H5: on the inner <input> Taro draws). */
export function Field({ label, value, onInput, placeholder, type = 'text', multiline, maxlength = 200 }: Props) {
  return (
    <View className="talent-field">
      <Text className="talent-field__label">{label}</Text>
      {multiline ? (
        <Textarea
          className="talent-textarea"
          aria-label={label}
          nativeProps={{ 'aria-label': label }}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          autoHeight
          onInput={(e) => onInput(e.detail.value)}
        />
      ) : (
        <Input
          className="talent-input"
          aria-label={label}
          nativeProps={{ 'aria-label': label }}
          type={type}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          onInput={(e) => onInput(e.detail.value)}
        />
      )}
    </View>
  )
}

/** A 1–5 score as five stars, each a radio button. */
export function Stars({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  return (
    <View className="row talent-stars" role="radiogroup" aria-label={label}>
      {[1, 2, 3, 4, 5].map((n) => (
        <View
          key={n}
          role="radio"
          aria-checked={value === n}
          aria-label={`${n} 分`}
          className={`talent-star ${n <= value ? 'talent-star--on' : ''}`}
          onClick={() => onChange(n)}
        >
          ★
        </View>
      ))}
    </View>
  )
}

/** Options as a row of chips, one chosen (or several with `multi`). */
export function Choice<K extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: Record<K, string>
  value: K | K[]
  onChange: (v: K) => void
}) {
  const on = (k: K) => (Array.isArray(value) ? value.includes(k) : value === k)
  return (
    <View className="talent-field">
      <Text className="talent-field__label">{label}</Text>
      <View className="row talent-chips" role={Array.isArray(value) ? 'group' : 'radiogroup'} aria-label={label}>
        {(Object.keys(options) as K[]).map((k) => (
          <View
            key={k}
            role={Array.isArray(value) ? 'checkbox' : 'radio'}
            aria-checked={on(k)}
            className={`chip ${on(k) ? 'chip--on' : ''}`}
            onClick={() => onChange(k)}
          >
            {options[k]}
          </View>
        ))}
      </View>
    </View>
  )
}
