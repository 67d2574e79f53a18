import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { FairCard } from './FairCard'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { Button } from '../../ui/Button'
import './fairs.css'
import './contract'

const REG_STATUS: Record<string, string> = {
  confirmed: '已报名',
  redeemed: '已签到',
  no_show: '未到场',
  waitlisted: '候补中',
  pending: '待确认',
  offered: '待确认',
  cancelled: '已取消',
}
const APP_STATUS = { applied: '已投递', intent: '达成意向', hired: '已录用' } as const

/** 我的招聘会: my registrations, my 投递 and, for liaisons, my enterprises' booths. */
export default function MyFairs() {
  const mine = useAction('fairs', 'mine', {})
  const d = mine.data
  const empty = !!d && d.registrations.length + d.applications.length + d.booths.length === 0
  return (
    <Screen className="fairs">
      <PageState loading={mine.loading && !d} error={mine.error} onRetry={mine.reload}>
        {empty && (
          <View className="card">
            <Text className="fairs-line">还没有报名招聘会。</Text>
            <Button type="primary" block onClick={() => void Taro.navigateTo({ url: '/subpackages/fairs/index' })}>
              看看近期招聘会
            </Button>
          </View>
        )}
        {d && d.booths.length > 0 && (
          <>
            <Text className="section-title">我的展位</Text>
            <View role="list" aria-label="我的展位">
              {d.booths.map((b) => (
                <Pressable
                  key={b.boothId}
                  role="listitem"
                  className="card"
                  label={`${b.enterpriseName} ${b.fair.title} ${b.fair.date}`}
                  onPress={() => void Taro.navigateTo({ url: `/subpackages/fairs/booth?boothId=${b.boothId}` })}
                >
                  <Text className="fairs-title">{b.enterpriseName}</Text>
                  <Text className="fairs-line">
                    {b.fair.title} · {b.fair.date}
                  </Text>
                  <Text className="muted fairs-line">收到投递 {b.applications}</Text>
                </Pressable>
              ))}
            </View>
          </>
        )}
        {d && d.registrations.length > 0 && (
          <>
            <Text className="section-title">我的报名</Text>
            <View role="list" aria-label="我的报名">
              {d.registrations.map((r) => (
                <FairCard key={r.fair.id} f={r.fair} note={REG_STATUS[r.status]} />
              ))}
            </View>
          </>
        )}
        {d && d.applications.length > 0 && (
          <>
            <Text className="section-title">我的投递</Text>
            <View role="list" aria-label="我的投递">
              {d.applications.map((a) => (
                <View
                  key={a.id}
                  className="card"
                  role="listitem"
                  aria-label={`${a.enterpriseName} ${APP_STATUS[a.status]}`}
                >
                  <View className="row">
                    <Text className="grow fairs-title">{a.enterpriseName}</Text>
                    <Text className="fairs-status">{APP_STATUS[a.status]}</Text>
                  </View>
                  <Text className="muted fairs-line">
                    {a.fairTitle} · {a.date}
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
