import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { yuan } from '../../services/money'
import { shanghaiDay } from '../../services/time'
import './lab.css'
import './contract'

const wan = (cents: number) => `${(cents / 1_000_000).toFixed(1)} 万元`

/** A lab's year: batches, enterprises served, savings against market price, by month and category. */
export default function LabStats() {
  const { params } = useRouter()
  const thisYear = Number(shanghaiDay().slice(0, 4))
  const [year, setYear] = useState(thisYear - 1)
  const s = useAction('lab', 'stats', { labId: Number(params.lab) || 1, year }, [year])
  const d = s.data
  return (
    <Screen>
      <ChipGroup label="年份" kind="radiogroup">
        {[thisYear - 1, thisYear].map((y) => (
          <Chip key={y} role="radio" on={year === y} onPress={() => setYear(y)}>
            {y} 年
          </Chip>
        ))}
      </ChipGroup>
      <PageState
        loading={s.loading && !d}
        error={s.error}
        onRetry={s.reload}
        empty={d?.batches === 0}
        emptyText="这一年还没有完成的检测"
      >
        {d && (
          <>
            <View className="card">
              <Text className="section-title">
                {d.year} 年为 {d.enterprises} 家企业完成 {d.batches} 批次检测
              </Text>
              <Text className="lab-line">
                检测费用 {wan(d.labCents)}，按市场价 {wan(d.marketCents)}，降低 {d.savingPct}%
              </Text>
              <Text className="muted lab-line">共 {d.samples} 件样品；批次按出具报告的月份计。</Text>
            </View>
            <View className="card" role="list" aria-label="按月">
              <Text className="section-title">按月</Text>
              {d.months.map((m) => (
                <View key={m.month} className="lab-table-row" role="listitem">
                  <Text>{m.month.slice(5)} 月</Text>
                  <Text>
                    {m.batches} 批次 · {m.enterprises} 家 · 省 {yuan(m.marketCents - m.labCents)}
                  </Text>
                </View>
              ))}
            </View>
            <View className="card" role="list" aria-label="按类别">
              <Text className="section-title">按类别</Text>
              {d.categories.map((c) => (
                <View key={c.id} className="lab-table-row" role="listitem">
                  <Text>{c.name}</Text>
                  <Text>
                    {c.batches} 批次 · 省 {yuan(c.marketCents - c.labCents)}
                  </Text>
                </View>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
