import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PostingSummary } from '../../../contract/jobs'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { Pressable } from '../../components/Pressable'
import { TextField as SharedTextField } from '../../components/TextField'

// Blocks the 零工市场 pages share: a posting's card, a labelled text field, a one-of choice.

export const go = (url: string) => Taro.navigateTo({ url })

export const distanceText = (m: number | null) =>
  m === null ? '' : m < 1000 ? `${m} 米` : `${(m / 1000).toFixed(1)} 公里`

/**
 * A posting: title, pay with its unit, kind, place and distance; tapping opens it. A list's item
 * by default; `role="button"` when it stands alone or inside a list item with other controls
 * (then its visible text names it).
 */
export function JobCard({
  p,
  extra,
  role = 'listitem',
}: {
  p: PostingSummary
  extra?: string
  role?: 'listitem' | 'button'
}) {
  const where = [p.enterprise, distanceText(p.distanceM)].filter(Boolean).join(' · ')
  return (
    <Pressable
      role={role}
      className="card jobs-card"
      label={role === 'listitem' ? `${p.title}，${p.pay}，${p.kindLabel}，${where}` : undefined}
      onPress={() => go(`/subpackages/jobs/detail?id=${p.id}`)}
    >
      <View className="row">
        <Text className="jobs-card__title grow">{p.title}</Text>
        <Text className="jobs-pay">{p.pay}</Text>
      </View>
      <Text className="muted">
        {p.kindLabel} · {p.startDate} 到岗 · 招 {p.headcount} 人{p.status !== 'open' ? ` · ${p.statusLabel}` : ''}
      </Text>
      <Text className="muted">{where}</Text>
      {!!(p.certificates.length || p.benefits.length) && (
        <Text className="muted">{[...p.certificates, ...p.benefits].join(' · ')}</Text>
      )}
      {extra && <Text className="muted">{extra}</Text>}
    </Pressable>
  )
}

interface TextProps {
  label: string
  value: string
  onInput: (v: string) => void
  type?: 'text' | 'number' | 'digit'
  multiline?: boolean
  maxlength?: number
  placeholder?: string
}

/** A labelled text field: the shared one (src/components/TextField, a tap target tall). */
export function TextField({
  label,
  value,
  onInput,
  type = 'text',
  multiline,
  maxlength = 100,
  placeholder,
}: TextProps) {
  return (
    <SharedTextField
      label={label}
      value={value}
      onChange={onInput}
      type={type}
      multiline={multiline}
      maxLength={maxlength}
      placeholder={placeholder}
    />
  )
}

/** One of several labelled options, as radio chips. */
export function Choice<K extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: Record<K, string>
  value: K
  onChange: (k: K) => void
}) {
  return (
    <Field label={label}>
      <ChipGroup label={label} kind="radiogroup">
        {(Object.keys(options) as K[]).map((k) => (
          <Chip key={k} role="radio" on={value === k} onPress={() => onChange(k)}>
            {options[k]}
          </Chip>
        ))}
      </ChipGroup>
    </Field>
  )
}

/** Several of a list (certificates, benefits), as checkbox chips. */
export function Tags({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: readonly string[]
  value: string[]
  onChange: (v: string[]) => void
}) {
  return (
    <Field label={label}>
      <ChipGroup label={label}>
        {options.map((o) => (
          <Chip
            key={o}
            on={value.includes(o)}
            onPress={() => onChange(value.includes(o) ? value.filter((x) => x !== o) : [...value, o])}
          >
            {o}
          </Chip>
        ))}
      </ChipGroup>
    </Field>
  )
}

export const splitWords = (t: string) =>
  t
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
