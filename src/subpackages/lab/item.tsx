import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './lab.css'
import './contract'

const SAMPLES = [1, 2, 3, 5, 10]

/** One test item and ordering it: for which enterprise, how many samples, which drop-off day. */
export default function LabItem() {
  const { params } = useRouter()
  const item = useAction('lab', 'item', { itemId: Number(params.id) })
  const [enterpriseId, setEnterpriseId] = useState<number>()
  const [samples, setSamples] = useState(1)
  const [date, setDate] = useState<string>()
  const d = item.data
  const chosenEnterprise = enterpriseId ?? d?.enterprises[0]?.id
  const order = async () => {
    if (!d || !chosenEnterprise || !date) return
    const r = await call(
      'lab',
      'order',
      { labId: d.lab.id, enterpriseId: chosenEnterprise, dropoffDate: date, lines: [{ itemId: d.item.id, samples }] },
      { loading: '正在预约' },
    ).catch(() => null)
    if (r) {
      toast(`已预约，订单码 ${r.code}`)
      Taro.redirectTo({ url: '/subpackages/lab/orders' })
    }
  }
  return (
    <Screen>
      <PageState loading={item.loading && !d} error={item.error} onRetry={item.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{d.item.name}</Text>
              <Text className="lab-line">检测类别：{d.item.categoryName}</Text>
              {d.item.standard && <Text className="lab-line">检测标准：{d.item.standard}</Text>}
              {d.item.sampleRequirements && <Text className="lab-line">样品要求：{d.item.sampleRequirements}</Text>}
              <Text className="lab-line">检测周期：{d.item.turnaroundDays} 个工作日（自送样日起）</Text>
              <Text className="lab-line">
                <Text className="lab-price">{yuan(d.item.labPriceCents)} / 样</Text>
                <Text className="lab-strike">市场价 {yuan(d.item.marketPriceCents)}</Text>
              </Text>
              <Text className="muted lab-line">{d.item.saving}</Text>
              <Text className="muted lab-line">
                {d.lab.name} · {d.lab.address}
              </Text>
            </View>
            {d.can.order ? (
              <View className="card">
                <Text className="section-title">预约送样</Text>
                {d.enterprises.length > 1 && (
                  <ChipGroup label="送检企业" kind="radiogroup">
                    {d.enterprises.map((e) => (
                      <Chip
                        key={e.id}
                        role="radio"
                        on={chosenEnterprise === e.id}
                        onPress={() => setEnterpriseId(e.id)}
                      >
                        {e.name}
                      </Chip>
                    ))}
                  </ChipGroup>
                )}
                {d.enterprises.length === 1 && <Text className="lab-line">送检企业：{d.enterprises[0].name}</Text>}
                <Text className="lab-line">样品数</Text>
                <ChipGroup label="样品数" kind="radiogroup">
                  {SAMPLES.map((n) => (
                    <Chip key={n} role="radio" on={samples === n} onPress={() => setSamples(n)}>
                      {n} 件
                    </Chip>
                  ))}
                </ChipGroup>
                <Text className="lab-line">送样日期（工作日 09:00–17:00）</Text>
                <ChipGroup label="送样日期" kind="radiogroup" scroll>
                  {d.days.map((day) => (
                    <Chip
                      key={day.date}
                      role="radio"
                      on={date === day.date}
                      disabled={day.placesLeft === 0}
                      label={`${day.label}，剩 ${day.placesLeft} 个名额`}
                      onPress={() => setDate(day.date)}
                    >
                      {day.label}（{day.placesLeft ? `余 ${day.placesLeft}` : '已满'}）
                    </Chip>
                  ))}
                </ChipGroup>
                <Text className="lab-line">
                  合计 {yuan(samples * d.item.labPriceCents)}，比市场价省{' '}
                  {yuan(samples * (d.item.marketPriceCents - d.item.labPriceCents))}
                </Text>
                <Button type="primary" block disabled={!date || !chosenEnterprise} onClick={order}>
                  {date ? '提交预约' : '请先选择送样日期'}
                </Button>
              </View>
            ) : (
              <View className="card">
                <Text className="muted">
                  企业联络员可在线预约检测。在「我的 → 我的身份」申请企业联络员身份后即可下单。
                </Text>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
