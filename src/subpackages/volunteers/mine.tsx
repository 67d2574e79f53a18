import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MEMBER_STATUS } from '../../../contract/volunteers'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { formatShanghai } from '../../services/time'
import { Button } from '../../ui/Button'
import './volunteers.css'
import './contract'

const hours = (m: number) => `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`

/** 我的志愿: my teams, total confirmed hours, the tasks I took. */
export default function Mine() {
  const page = useAction('volunteers', 'myHours', {})
  const d = page.data
  return (
    <Screen className="volunteers">
      <PageState loading={page.loading && !d} error={page.error} onRetry={page.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="section-title">累计志愿服务</Text>
              <Text className="vol-line">{hours(d.totalMinutes)}</Text>
              {d.teams.map((t) => (
                <Text key={t.id} className="vol-meta">
                  {t.name} · {MEMBER_STATUS[t.status]}
                  {t.organiser ? ' · 组织者' : ''}
                </Text>
              ))}
            </View>
            <PageState loading={false} empty={d.history.length === 0} emptyText="还没有领取过任务，去志愿队看看">
              <View {...roleProps('list')} aria-label="服务记录">
                {d.history.map((h) => (
                  <View key={h.taskId} className="card" {...roleProps('listitem')} aria-label={h.title}>
                    <Text className="vol-line">{h.title}</Text>
                    <Text className="vol-meta">
                      {h.team} · {h.kindLabel} · {formatShanghai(h.startsAt, 'M月D日 HH:mm')} ·{' '}
                      {h.minutes === null ? '待确认时长' : `${h.minutes} 分钟`}
                    </Text>
                  </View>
                ))}
              </View>
            </PageState>
            <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/subpackages/volunteers/index' })}>
              找志愿队
            </Button>
          </>
        )}
      </PageState>
    </Screen>
  )
}
