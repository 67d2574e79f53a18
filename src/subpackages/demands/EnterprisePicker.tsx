import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { call } from '../../services/call'
import { Input } from '../../ui/Input'

export interface PickedEnterprise {
  id: number
  name: string
}

/** An enterprise of the 社工's community, found by name (for 代报 and visits). */
export function EnterprisePicker({
  communityId,
  value,
  onChange,
}: {
  communityId: number
  value?: PickedEnterprise
  onChange: (e: PickedEnterprise) => void
}) {
  const [q, setQ] = useState('')
  const [found, setFound] = useState<PickedEnterprise[]>([])
  useEffect(() => {
    let current = true
    const query = q.trim()
    call('demands', 'coverage', { communityId, ...(query ? { q: query } : {}) }, { loading: false, toast: false }).then(
      (r) => current && setFound(r.items.slice(0, 8).map((i) => ({ id: i.enterpriseId, name: i.enterprise }))),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [q, communityId])
  return (
    <View className="field">
      <Field label="企业（输入名称查找）">
        <Input name="enterprise" placeholder="企业名称中的字" value={q} onChange={setQ} maxLength={40} />
      </Field>
      {value && <Text className="meta">已选：{value.name}</Text>}
      <ChipGroup label="选择企业" kind="radiogroup">
        {found.map((e) => (
          <Chip key={e.id} role="radio" on={value?.id === e.id} onPress={() => onChange(e)}>
            {e.name}
          </Chip>
        ))}
      </ChipGroup>
      {found.length === 0 && <Text className="muted">没有找到，换个字试试</Text>}
    </View>
  )
}
