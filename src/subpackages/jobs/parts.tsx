import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PostingSummary } from '../../../contract/jobs'
import { Choice } from '../../components/Choice'
import { Pressable } from '../../components/Pressable'

// What the 零工市场 pages share: a posting's card, certificates and benefits as tags.

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

/** Several of a list (certificates, benefits), as checkbox chips: <Choice> with the list as words. */
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
    <Choice
      label={label}
      options={options.map((o) => [o, o] as const)}
      value={value}
      onChange={(o) => onChange(value.includes(o) ? value.filter((x) => x !== o) : [...value, o])}
    />
  )
}

export const splitWords = (t: string) =>
  t
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
