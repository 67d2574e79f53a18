import { View, Text } from '@tarojs/components'
import { dayText } from '../../services/time'
import { useState } from 'react'
import { MILESTONE_STATUS, NEED_APPLICATION_STATUS } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { ApplyNeedButton } from './components/ApplyNeedButton'
import { ChallengeCard } from './components/ChallengeCard'
import { DismissButton } from './components/DismissButton'
import { TextField } from '../../components/TextField'
import { Stars } from '../../components/Stars'
import { Reasons } from './components/Reasons'
import { go, INDUSTRY_CHAINS, NEED_MODES, TAKE_STATUS } from './format'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

/** 专家: challenges and needs recommended to me (with reasons, 不感兴趣), and my takes to follow. */
export default function MinePage() {
  const [tab, setTab] = useState<'foryou' | 'takes'>('foryou')
  const recs = useAction('talent', 'recommendForMe', { limit: 20 })
  const takes = useAction('talent', 'myTakes', {})
  const applications = useAction('talent', 'myApplications', {})
  const [notes, setNotes] = useState<Record<number, string>>({})
  const [score, setScore] = useState(5)
  const [comment, setComment] = useState('')

  const act = async (run: () => Promise<unknown>, done: string) => {
    if (await run().catch(() => null)) {
      toast(done)
      void recs.reload()
      void takes.reload()
      void applications.reload()
    }
  }
  const noProfile = recs.error?.code === 'NOT_FOUND'
  return (
    <Screen className="talent">
      <Tabs
        label="推荐或我的揭榜"
        tabs={[
          ['foryou', '为我推荐'],
          ['takes', '我的揭榜'],
        ]}
        value={tab}
        onChange={setTab}
      />

      {tab === 'foryou' &&
        (noProfile ? (
          <View className="card">
            <Text className="muted">{recs.error?.message}</Text>
            <Button type="primary" block onClick={() => go('/subpackages/talent/profile')}>
              填写专家档案
            </Button>
          </View>
        ) : (
          <PageState
            loading={recs.loading && !recs.data}
            error={recs.error}
            empty={recs.data?.challenges.length === 0 && recs.data?.needs.length === 0}
            emptyText="暂时没有匹配的榜单，完善技能后再来看看"
            onRetry={recs.reload}
          >
            {recs.data?.challenges.map((c) => (
              <ChallengeCard key={c.id} c={c}>
                <View className="row">
                  <View className="grow" />
                  <DismissButton
                    onDismiss={(reason) =>
                      act(
                        () => call('talent', 'dismiss', { challengeId: c.id, reason }, { loading: false }),
                        '已减少此类推荐',
                      )
                    }
                  />
                </View>
              </ChallengeCard>
            ))}
            {!!recs.data?.needs.length && <Text className="section-title">适合我的人才需求</Text>}
            {recs.data?.needs.map((n) => (
              <View key={n.id} className="card">
                <View className="row">
                  <Text className="talent-card__title grow">{n.role}</Text>
                  <Text className="talent-score">匹配度 {n.score}</Text>
                </View>
                <Text className="muted">
                  {n.enterpriseName} · {NEED_MODES[n.mode]} · {INDUSTRY_CHAINS[n.chain]} · {n.place}
                </Text>
                <Text className="talent-card__summary">{n.description}</Text>
                <Reasons reasons={n.reasons} />
                <View className="row">
                  <ApplyNeedButton needId={n.id} role={n.role} onApplied={() => void applications.reload()} />
                  <View className="grow" />
                  <DismissButton
                    onDismiss={(reason) =>
                      act(
                        () => call('talent', 'dismiss', { needId: n.id, reason }, { loading: false }),
                        '已减少此类推荐',
                      )
                    }
                  />
                </View>
              </View>
            ))}
          </PageState>
        ))}

      {tab === 'takes' && !!applications.data?.items.length && (
        <>
          <Text className="section-title">我表达过意向的人才需求</Text>
          {applications.data.items.map((n) => (
            <View key={n.id} className="card">
              <View className="row">
                <Text className="talent-card__title grow">{n.role}</Text>
                <Text className="talent-tag">{NEED_APPLICATION_STATUS[n.application]}</Text>
              </View>
              <Text className="muted">
                {n.enterpriseName} · {NEED_MODES[n.mode]} · {n.place}
              </Text>
            </View>
          ))}
        </>
      )}

      {tab === 'takes' && (
        <PageState
          loading={takes.loading && !takes.data}
          error={takes.error}
          empty={takes.data?.items.length === 0}
          emptyText="还没有揭榜"
          onRetry={takes.reload}
        >
          {takes.data?.items.map((it) => (
            <ChallengeCard key={it.take.id} c={it.challenge}>
              <View className="talent-item">
                <Text className="section-title">
                  我的揭榜 · {TAKE_STATUS[it.take.status]}
                  {it.take.teamName ? `（${it.take.teamName}）` : ''}
                </Text>
                {it.milestones.map((ms) => (
                  <View key={ms.id} className="talent-item">
                    <Text>
                      {ms.seq}. {ms.title}（{dayText(ms.dueDate)}）· {MILESTONE_STATUS[ms.status]}
                    </Text>
                    {ms.status !== 'accepted' && it.challenge.status === 'awarded' && (
                      <View className="row talent-actions">
                        <View className="grow">
                          <TextField
                            label={`交付说明：${ms.title}`}
                            value={notes[ms.id] ?? ''}
                            onChange={(v) => setNotes({ ...notes, [ms.id]: v })}
                          />
                        </View>
                        <Button
                          type="primary"
                          onClick={() =>
                            act(
                              () =>
                                call(
                                  'talent',
                                  'submitMilestone',
                                  { milestoneId: ms.id, note: notes[ms.id] ?? '' },
                                  { loading: '正在提交' },
                                ),
                              '已提交，等待企业验收',
                            )
                          }
                        >
                          {`提交：${ms.title}`}
                        </Button>
                      </View>
                    )}
                  </View>
                ))}
                {it.canRate && (
                  <View className="talent-item">
                    <Stars label="给发榜企业打分" value={score} onChange={setScore} />
                    <TextField label="对企业的评价" value={comment} onChange={setComment} />
                    <Button
                      type="primary"
                      block
                      onClick={() =>
                        act(
                          () =>
                            call(
                              'talent',
                              'rate',
                              { challengeId: it.challenge.id, score, comment },
                              { loading: '正在提交' },
                            ),
                          '已评价',
                        )
                      }
                    >
                      评价发榜企业
                    </Button>
                  </View>
                )}
                {it.myRating && (
                  <Text className="muted">
                    我的评价：{it.myRating.score} 分 {it.myRating.comment}
                  </Text>
                )}
                {it.theirRating && (
                  <Text className="muted">
                    企业对我的评价：{it.theirRating.score} 分 {it.theirRating.comment}
                  </Text>
                )}
              </View>
            </ChallengeCard>
          ))}
        </PageState>
      )}
    </Screen>
  )
}
