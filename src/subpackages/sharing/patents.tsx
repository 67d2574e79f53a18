import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './sharing.css'
import './contract'

/** 免费专利: browse the institute's free patents, filter by field, tick the ones the enterprise wants (意向). */
export default function Patents() {
  const [q, setQ] = useState('')
  const [field, setField] = useState('')
  const [picked, setPicked] = useState(false)
  const data = useAction('sharing', 'patents', { q, field, picked }, [q, field, picked])
  const d = data.data
  const tick = async (patentId: number, enterpriseId: number, title: string) => {
    const r = await call('sharing', 'tickPatent', { patentId, enterpriseId }, { loading: '正在勾选' }).catch(() => null)
    if (r) {
      toast(`已勾选「${title}」，院所会联系你`)
      void data.reload()
    }
  }
  return (
    <Screen className="sharing">
      <View className="card">
        <Field label="搜索专利">
          <Input name="q" placeholder="名称、专利号或领域" value={q} onChange={setQ} maxLength={40} />
        </Field>
        {d && (
          <ChipGroup label="技术领域" kind="radiogroup" scroll>
            <Chip role="radio" on={field === ''} onPress={() => setField('')}>
              全部
            </Chip>
            {d.fields.map((f) => (
              <Chip key={f} role="radio" on={field === f} onPress={() => setField(f)}>
                {f}
              </Chip>
            ))}
          </ChipGroup>
        )}
        {d?.canTick && (
          <ChipGroup label="只看已勾选">
            <Chip on={picked} onPress={() => setPicked(!picked)}>
              只看我已勾选的
            </Chip>
          </ChipGroup>
        )}
      </View>
      <PageState
        loading={data.loading}
        error={data.error}
        onRetry={data.reload}
        empty={!!d && !d.items.length}
        emptyText="没有符合条件的专利，换个关键词试试"
      >
        {d && (
          <View role="list" aria-label="免费专利">
            <Text className="muted">共 {d.total} 项</Text>
            {d.items.map((p) => (
              <View key={p.id} className="card" role="listitem" aria-label={p.title}>
                <Text className="section-title">{p.title}</Text>
                <Text className="muted">
                  {p.number} · {p.field} · {p.chain} · {p.status} · {p.institute}
                </Text>
                <Text className="line">{p.picks} 家企业有意向</Text>
                {d.enterprises.map((e) =>
                  p.pickedBy.includes(e.id) ? (
                    <Text key={e.id} className="line">
                      {d.enterprises.length > 1 ? `${e.name}：` : ''}已勾选
                    </Text>
                  ) : (
                    <Button key={e.id} size="small" fill="outline" onClick={() => tick(p.id, e.id, p.title)}>
                      {d.enterprises.length > 1 ? `${e.name}勾选` : '勾选意向'}
                    </Button>
                  ),
                )}
              </View>
            ))}
          </View>
        )}
      </PageState>
    </Screen>
  )
}
