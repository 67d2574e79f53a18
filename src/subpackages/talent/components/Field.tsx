import { View, Text, Input, Textarea } from '@tarojs/components'
import { Chip, ChipGroup } from '../../../components/Chip'

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
          className="ls-textarea"
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

/** A 1–5 score as five stars, each a radio button (<Chip>: 44 px, Enter/Space, its state announced). */
export function Stars({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  return (
    <ChipGroup label={label} kind="radiogroup" className="talent-stars">
      {[1, 2, 3, 4, 5].map((n) => (
        <Chip key={n} role="radio" on={value === n} label={`${n} 分`} onPress={() => onChange(n)}>
          <Text className={n <= value ? 'talent-star--on' : ''} aria-hidden>
            ★
          </Text>
        </Chip>
      ))}
    </ChipGroup>
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
  const multi = Array.isArray(value)
  const on = (k: K) => (Array.isArray(value) ? value.includes(k) : value === k)
  return (
    <View className="talent-field">
      <Text className="talent-field__label">{label}</Text>
      <ChipGroup label={label} kind={multi ? 'group' : 'radiogroup'}>
        {(Object.keys(options) as K[]).map((k) => (
          <Chip key={k} role={multi ? 'checkbox' : 'radio'} on={on(k)} onPress={() => onChange(k)}>
            {options[k]}
          </Chip>
        ))}
      </ChipGroup>
    </View>
  )
}
