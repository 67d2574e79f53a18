import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { OutputOf } from '../../../../contract'
import { locate } from '../../../platform/location'
import { call, type CallError } from '../../../services/call'
import { PageState } from '../../../components/PageState'
import { pressProps } from '../../../platform/a11y'

type Community = OutputOf<'user', 'communities'>['items'][number]

/**
 * The communities to choose from: the list at once, then nearest first once the phone gives a
 * position (refused or slow: the list stays as it is).
 */
export function CommunityPicker(props: { value: number | null; onChange: (id: number) => void; exclude?: number }) {
  const [items, setItems] = useState<Community[]>()
  const [error, setError] = useState<CallError>()
  const [located, setLocated] = useState(false)

  const load = () => {
    setError(undefined)
    call('user', 'communities', {}, { loading: false, toast: false }).then(
      (r) => setItems((prev) => prev ?? r.items),
      setError,
    )
    void locate().then(async (pos) => {
      if (!pos) return
      const r = await call('user', 'communities', pos, { loading: false, toast: false }).catch(() => null)
      if (r) {
        setItems(r.items)
        setLocated(true)
      }
    })
  }
  useEffect(load, [])

  const shown = (items ?? []).filter((c) => c.id !== props.exclude)
  return (
    <PageState loading={!items && !error} error={error} onRetry={load}>
      <Text className="account-hint">{located ? '已按离你的距离排序' : '可按名称选择；允许定位后按距离排序'}</Text>
      <View role="radiogroup" aria-label="所在社区">
        {shown.map((c, i) => (
          <View
            key={c.id}
            role="radio"
            aria-checked={props.value === c.id}
            aria-label={c.name}
            className={`community-option ${props.value === c.id ? 'community-option--on' : ''}`}
            onClick={() => props.onChange(c.id)}
            {...pressProps(() => props.onChange(c.id))}
          >
            <View className="grow">
              <Text className="community-option__name">{c.name}</Text>
              <Text className="muted">
                {c.district}
                {c.street ? ` · ${c.street}` : ''}
              </Text>
            </View>
            {c.distanceKm !== null && (
              <Text className="muted">
                {located && i === 0 ? '最近 · ' : ''}
                {c.distanceKm} 公里
              </Text>
            )}
          </View>
        ))}
      </View>
    </PageState>
  )
}
