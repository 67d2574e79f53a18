import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './admin.css'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { toast } from '../../services/toast'
import './contract'

type Kind = 'canteen' | 'station'

/** Counter staff of canteens and staff of stations, in the asker's reach: add by searching a person, remove. */
export default function Places() {
  const places = useAction('admin', 'places', {})
  const [adding, setAdding] = useState<{ kind: Kind; id: number; name: string }>()
  const setStaff = async (kind: Kind, id: number, userId: number, staff: boolean) => {
    const r = await (
      kind === 'canteen'
        ? call('admin', 'setCanteenStaff', { canteenId: id, userId, staff }, { loading: '正在保存' })
        : call('admin', 'setStationStaff', { stationId: id, userId, staff }, { loading: '正在保存' })
    ).catch(() => null)
    if (r) {
      toast(staff ? '已添加' : '已移除')
      setAdding(undefined)
      void places.reload()
    }
  }
  const section = (
    kind: Kind,
    title: string,
    items: {
      id: number
      name: string
      community: string
      staff: { userId: number; displayName: string; phoneMasked: string | null }[]
    }[],
  ) => (
    <View className="card">
      <Text className="section-title">{title}</Text>
      <View role="list" aria-label={title}>
        {items.map((p) => (
          <View key={p.id} role="listitem" className="admin-item" aria-label={p.name}>
            <Text className="admin-item__title">{p.name}</Text>
            <Text className="admin-item__meta">{p.community}</Text>
            {p.staff.length === 0 && (
              <Text className="admin-item__meta">暂无指定人员（本社区社工和管理员可直接操作）</Text>
            )}
            {p.staff.map((s) => (
              <View key={s.userId} className="row admin-actions">
                <Text className="grow">
                  {s.displayName} {s.phoneMasked ?? ''}
                </Text>
                <Button
                  size="small"
                  type="danger"
                  fill="outline"
                  aria-label={`移除${s.displayName}`}
                  onClick={() => setStaff(kind, p.id, s.userId, false)}
                >
                  移除
                </Button>
              </View>
            ))}
            <Button
              size="small"
              fill="outline"
              aria-label={`为${p.name}添加人员`}
              onClick={() => setAdding({ kind, id: p.id, name: p.name })}
            >
              添加人员
            </Button>
            {adding?.kind === kind && adding.id === p.id && (
              <PersonPicker
                onPick={(userId) => setStaff(kind, p.id, userId, true)}
                onCancel={() => setAdding(undefined)}
              />
            )}
          </View>
        ))}
      </View>
    </View>
  )
  return (
    <Screen className="admin">
      <PageState loading={places.loading && !places.data} error={places.error} onRetry={places.reload}>
        {places.data && (
          <>
            {section('canteen', '延时餐厅柜台人员', places.data.canteens)}
            {section('station', '服务站点工作人员', places.data.stations)}
          </>
        )}
      </PageState>
    </Screen>
  )
}

/** Find a person (in the asker's reach) by name, username, full phone or name with its last 4 digits, and pick one. */
function PersonPicker({ onPick, onCancel }: { onPick: (userId: number) => void; onCancel: () => void }) {
  const [q, setQ] = useState('')
  const found = useAction('admin', 'searchUsers', { q: q.trim() || undefined, pageSize: 8 }, [q])
  return (
    <View className="card admin-picker">
      <Input
        name="person"
        {...fieldProps('查找人员')}
        placeholder="姓名、用户名、完整手机号或「姓名 手机后4位」"
        value={q}
        onChange={setQ}
        maxLength={40}
      />
      {q.trim() &&
        found.data?.items.map((p) => (
          <View key={p.id} className="row admin-actions">
            <Text className="grow">
              {p.displayName} {p.phoneMasked ?? ''} {p.community ?? ''}
            </Text>
            <Button size="small" type="primary" aria-label={`选择${p.displayName}`} onClick={() => onPick(p.id)}>
              选择
            </Button>
          </View>
        ))}
      <Button size="small" onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
