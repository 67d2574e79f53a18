import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { TalentMatch } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { saveBase64File } from '../../platform/save-file'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { ChallengeCard } from './components/ChallengeCard'
import { Reasons } from './components/Reasons'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

/** 人才经纪人: open challenges with few takers, experts to introduce (both told), introductions to outcome. */
export default function BrokerPage() {
  const board = useAction('talent', 'brokerBoard', {})
  const intros = useAction('talent', 'introductions', {})
  const [tab, setTab] = useState<'board' | 'intros'>('board')
  const [open, setOpen] = useState<number>()
  const [experts, setExperts] = useState<TalentMatch[]>()

  const showExperts = async (challengeId: number) => {
    setOpen(challengeId)
    setExperts(undefined)
    const r = await call('talent', 'recommendTalents', { challengeId, limit: 5 }, { loading: false }).catch(() => null)
    setExperts(r ? r.items.filter((i) => i.kind === 'profile') : [])
  }
  const introduce = async (challengeId: number, e: TalentMatch) => {
    const r = await call(
      'talent',
      'introduce',
      { challengeId, expertId: e.id, note: '' },
      { loading: '正在牵线' },
    ).catch(() => null)
    if (r) {
      toast(`已牵线 ${e.name}，双方已收到通知`)
      void board.reload()
      void intros.reload()
    }
  }
  const exportBoard = async (format: 'csv' | 'xlsx') => {
    const r = await call('talent', 'exportBoard', { format }, { loading: '正在导出' }).catch(() => null)
    if (r) {
      await saveBase64File(r.filename, r.base64, r.mime)
      toast(`已导出 ${r.rows} 张榜单`)
    }
  }
  return (
    <Screen className="talent">
      <Tabs
        label="待牵线或牵线记录"
        tabs={[
          ['board', '揭榜人少的榜单'],
          ['intros', '牵线记录'],
        ]}
        value={tab}
        onChange={setTab}
      />
      {tab === 'board' ? (
        <PageState
          loading={board.loading && !board.data}
          error={board.error}
          empty={board.data?.items.length === 0}
          emptyText="本社区的榜单都有人揭了"
          onRetry={board.reload}
        >
          {board.data && <Text className="muted">{board.data.communities.map((c) => c.name).join('、')}</Text>}
          {board.data?.items.map((c) => (
            <ChallengeCard key={c.id} c={c}>
              <Text className="muted">已牵线 {c.introductions} 位专家</Text>
              {open === c.id ? (
                <PageState loading={!experts} empty={experts?.length === 0} emptyText="暂无合适人选">
                  {experts?.map((e) => (
                    <View key={e.id} className="talent-item">
                      <View className="row">
                        <Text className="grow talent-card__title">{e.name}</Text>
                        <Text className="talent-score">匹配度 {e.score}</Text>
                      </View>
                      <Text className="muted">{e.headline}</Text>
                      <Reasons reasons={e.reasons} />
                      <Button onClick={() => introduce(c.id, e)}>{`牵线：${e.name}`}</Button>
                    </View>
                  ))}
                </PageState>
              ) : (
                <Button block onClick={() => showExperts(c.id)}>
                  查看可牵线的专家
                </Button>
              )}
            </ChallengeCard>
          ))}
          <View className="row talent-actions">
            <Button onClick={() => exportBoard('xlsx')}>导出 Excel</Button>
            <Button onClick={() => exportBoard('csv')}>导出 CSV</Button>
          </View>
        </PageState>
      ) : (
        <PageState
          loading={intros.loading && !intros.data}
          error={intros.error}
          empty={intros.data?.items.length === 0}
          emptyText="还没有牵线记录"
          onRetry={intros.reload}
        >
          {intros.data?.items.map((i) => (
            <View key={i.id} className="card">
              <View className="row">
                <Text className="grow talent-card__title">{i.expertName}</Text>
                <Text className="talent-tag">{i.outcomeLabel}</Text>
              </View>
              <Text className="muted">
                {i.enterpriseName} ·「{i.challengeTitle}」· {i.introducedAt}
              </Text>
              {i.note && <Text className="talent-card__summary">{i.note}</Text>}
            </View>
          ))}
        </PageState>
      )}
    </Screen>
  )
}
