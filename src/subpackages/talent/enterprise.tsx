import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/nutui'
import { ChallengeCard } from './components/ChallengeCard'
import { go, INDUSTRY_CHAINS, NEED_MODES } from './format'
import { useReloadOnShow } from './useReloadOnShow'
import './talent.css'

const NEED_STATUS = { open: '招募中', filled: '已招到', closed: '已关闭' } as const

/** 企业联络员: my enterprise's challenges (to manage) and talent needs. */
export default function EnterprisePage() {
  const mine = useAction('talent', 'mine', {})
  useReloadOnShow(mine)
  const closeNeed = async (id: number) => {
    if (await call('talent', 'closeNeed', { id }, { loading: '正在关闭' }).catch(() => null)) {
      Taro.showToast({ title: '已关闭', icon: 'none' })
      void mine.reload()
    }
  }
  return (
    <View className="page talent">
      <View className="row talent-links">
        <View role="button" className="talent-link talent-link--primary" onClick={() => go('/subpackages/talent/post')}>
          发布榜单
        </View>
        <View role="button" className="talent-link" onClick={() => go('/subpackages/talent/post?kind=need')}>
          发布人才需求
        </View>
      </View>
      <PageState
        loading={mine.loading && !mine.data}
        error={mine.error}
        empty={mine.data?.challenges.length === 0 && mine.data?.needs.length === 0}
        emptyText="还没有发布榜单或人才需求"
        onRetry={mine.reload}
      >
        {!!mine.data?.challenges.length && <Text className="section-title">榜单</Text>}
        {mine.data?.challenges.map((c) => (
          <ChallengeCard key={c.id} c={c} href={`/subpackages/talent/manage?id=${c.id}`}>
            <Text className="muted">入围 {c.shortlisted} 人</Text>
          </ChallengeCard>
        ))}
        {!!mine.data?.needs.length && <Text className="section-title">人才需求</Text>}
        {mine.data?.needs.map((n) => (
          <View key={n.id} className="card">
            <View className="row">
              <Text className="talent-card__title grow">{n.role}</Text>
              <Text className="talent-tag">{NEED_STATUS[n.status]}</Text>
            </View>
            <Text className="muted">
              {NEED_MODES[n.mode]} · {INDUSTRY_CHAINS[n.chain]} · {n.skills.join('、')} · {n.place}
            </Text>
            {n.status === 'open' && <Button onClick={() => closeNeed(n.id)}>{`关闭需求：${n.role}`}</Button>}
          </View>
        ))}
      </PageState>
    </View>
  )
}
