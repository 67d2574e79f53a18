import { View, Text, Picker } from '@tarojs/components'
import { dayText } from '../../services/time'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { MILESTONE_STATUS, type ChallengeOwnerAction } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { DismissButton } from './components/DismissButton'
import { TextField } from '../../components/TextField'
import { Stars } from '../../components/Stars'
import { Reasons } from './components/Reasons'
import { awardText, dateFromToday, stateText, TAKE_STATUS } from './format'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString()

/** The posting enterprise: details, takes (入围, 定榜), 技术论证会, milestones, acceptance, rating, recommendations. */
export default function ManagePage() {
  const { params } = useRouter()
  const id = Number(params.id)
  const m = useAction('talent', 'manage', { id })
  const recs = useAction('talent', 'recommendTalents', { challengeId: id, limit: 10 })
  const [review, setReview] = useState({ date: dateFromToday(7), start: '14:00', end: '16:00', address: '' })
  const [milestones, setMilestones] = useState([{ title: '', dueDate: dateFromToday(30) }])
  const [score, setScore] = useState(5)
  const [comment, setComment] = useState('')

  const act = async (run: () => Promise<unknown>, done: string) => {
    const r = await run().catch(() => null)
    if (r) {
      toast(done)
      void m.reload()
      void recs.reload()
    }
  }
  const award = async (takeId: number, name: string) => {
    const ok = await Taro.showModal({ title: `定榜给 ${name}？`, content: '其他揭榜方会收到未中榜通知' })
    if (ok.confirm)
      await act(() => call('talent', 'award', { challengeId: id, takeId }, { loading: '正在定榜' }), '已定榜')
  }
  const c = m.data?.challenge
  // What the owner may do now is the server's answer (manage's `can`), not rules kept here.
  const can = (a: ChallengeOwnerAction) => m.data?.can.includes(a) ?? false
  return (
    <Screen className="talent">
      <PageState loading={m.loading && !m.data} error={m.error} onRetry={m.reload}>
        {m.data && c && (
          <>
            <View className="card">
              <Text className="talent-card__title">{c.title}</Text>
              <Text className="talent-card__award">{awardText(c)}</Text>
              <Text className="muted">
                {stateText(c)} · {c.takers} 人揭榜
              </Text>
              <View className="talent-secret card">
                <Text className="talent-field__label">技术问题（保密）</Text>
                <Text className="talent-card__summary">{m.data.details.problem}</Text>
                <Text className="talent-field__label">攻关目标</Text>
                <Text className="talent-card__summary">{m.data.details.goals}</Text>
                <Text className="talent-field__label">验收标准</Text>
                <Text className="talent-card__summary">{m.data.details.criteria}</Text>
              </View>
            </View>

            <View className="card">
              <Text className="section-title">揭榜方（{m.data.takes.length}）</Text>
              {m.data.takes.length === 0 && <Text className="muted">还没有人揭榜</Text>}
              {m.data.takes.map((t) => (
                <View key={t.id} className="talent-item">
                  <View className="row">
                    <Text className="grow talent-card__title">
                      {t.team ? `${t.team.name}（${t.team.members.join('、')}）` : t.takerName}
                    </Text>
                    <Text className="talent-tag">{TAKE_STATUS[t.status]}</Text>
                  </View>
                  <Text className="muted">
                    {t.headline}
                    {t.rating !== null ? ` · 评价 ${t.rating} 分（${t.ratings} 次）` : ''} · {t.takerPhone ?? ''}
                  </Text>
                  <Text className="talent-card__summary">{t.proposal}</Text>
                  <Text className="muted">
                    周期 {t.timeline} · 报价 {t.priceYuan} 元 · {t.submittedAt}
                  </Text>
                  {t.can.length > 0 && (
                    <View className="row talent-actions">
                      {(t.can.includes('shortlist') || t.can.includes('unshortlist')) && (
                        <Button
                          onClick={() =>
                            act(
                              () =>
                                call(
                                  'talent',
                                  'shortlist',
                                  { takeId: t.id, on: t.can.includes('shortlist') },
                                  { loading: '正在保存' },
                                ),
                              t.can.includes('shortlist') ? '已入围' : '已移出入围',
                            )
                          }
                        >
                          {t.can.includes('shortlist') ? `入围：${t.takerName}` : `取消入围：${t.takerName}`}
                        </Button>
                      )}
                      {t.can.includes('award') && (
                        <Button type="primary" onClick={() => award(t.id, t.takerName)}>
                          {`定榜：${t.takerName}`}
                        </Button>
                      )}
                    </View>
                  )}
                </View>
              ))}
            </View>

            <View className="card">
              <Text className="section-title">技术论证会</Text>
              {m.data.review ? (
                <Text>
                  {m.data.review.startsAt} · {m.data.review.place} · 邀请 {m.data.review.invited} 人
                </Text>
              ) : can('holdReview') ? (
                <>
                  <Text className="muted">邀请入围的揭榜方参加（作为社区活动发布，仅限受邀人员）。</Text>
                  <View className="row talent-chips">
                    <Picker
                      mode="date"
                      value={review.date}
                      start={dateFromToday(0)}
                      onChange={(e) => setReview({ ...review, date: e.detail.value })}
                    >
                      <View className="chip chip--on" role="button" aria-label={`论证会日期 ${review.date}`}>
                        {dayText(review.date)}
                      </View>
                    </Picker>
                    <Picker
                      mode="time"
                      value={review.start}
                      onChange={(e) => setReview({ ...review, start: e.detail.value })}
                    >
                      <View className="chip" role="button">
                        开始时间 {review.start}
                      </View>
                    </Picker>
                    <Picker
                      mode="time"
                      value={review.end}
                      onChange={(e) => setReview({ ...review, end: e.detail.value })}
                    >
                      <View className="chip" role="button">
                        结束时间 {review.end}
                      </View>
                    </Picker>
                  </View>
                  <TextField
                    label="论证会地点"
                    value={review.address}
                    onChange={(v) => setReview({ ...review, address: v })}
                  />
                  <Button
                    block
                    onClick={() =>
                      act(
                        () =>
                          call(
                            'talent',
                            'holdReview',
                            {
                              challengeId: id,
                              startsAt: at(review.date, review.start),
                              endsAt: at(review.date, review.end),
                              address: review.address,
                            },
                            { loading: '正在安排' },
                          ),
                        '已安排并通知入围方',
                      )
                    }
                  >
                    安排技术论证会
                  </Button>
                </>
              ) : c.status === 'open' ? (
                <Text className="muted">未安排。先把揭榜方加入入围名单，再安排技术论证会。</Text>
              ) : (
                <Text className="muted">未安排</Text>
              )}
            </View>

            {(m.data.milestones.length > 0 || can('setMilestones') || can('acceptDelivery')) && (
              <View className="card">
                <Text className="section-title">里程碑</Text>
                {m.data.milestones.map((ms) => (
                  <View key={ms.id} className="talent-item row">
                    <View className="grow">
                      <Text>
                        {ms.seq}. {ms.title}（{dayText(ms.dueDate)}）
                      </Text>
                      <Text className="muted">
                        {MILESTONE_STATUS[ms.status]}
                        {ms.note ? ` · ${ms.note}` : ''}
                      </Text>
                    </View>
                    {ms.can.includes('accept') && (
                      <Button
                        type="primary"
                        onClick={() =>
                          act(
                            () => call('talent', 'acceptMilestone', { milestoneId: ms.id }, { loading: '正在验收' }),
                            '已验收',
                          )
                        }
                      >
                        {`验收：${ms.title}`}
                      </Button>
                    )}
                  </View>
                ))}
                {can('setMilestones') && (
                  <>
                    {milestones.map((ms, i) => (
                      <View key={i} className="row talent-actions">
                        <View className="grow">
                          <TextField
                            label={`里程碑 ${i + 1}`}
                            value={ms.title}
                            onChange={(v) =>
                              setMilestones(milestones.map((x, j) => (j === i ? { ...x, title: v } : x)))
                            }
                          />
                        </View>
                        <Picker
                          mode="date"
                          value={ms.dueDate}
                          onChange={(e) =>
                            setMilestones(milestones.map((x, j) => (j === i ? { ...x, dueDate: e.detail.value } : x)))
                          }
                        >
                          <View className="chip" role="button" aria-label={`里程碑 ${i + 1} 日期 ${ms.dueDate}`}>
                            {dayText(ms.dueDate)}
                          </View>
                        </Picker>
                      </View>
                    ))}
                    <View className="row talent-actions">
                      <Button onClick={() => setMilestones([...milestones, { title: '', dueDate: dateFromToday(60) }])}>
                        添加里程碑
                      </Button>
                      <Button
                        type="primary"
                        onClick={() =>
                          act(
                            () =>
                              call('talent', 'setMilestones', { challengeId: id, milestones }, { loading: '正在保存' }),
                            '里程碑已设置',
                          )
                        }
                      >
                        保存里程碑
                      </Button>
                    </View>
                  </>
                )}
                {can('acceptDelivery') ? (
                  <Button
                    type="primary"
                    block
                    onClick={() =>
                      act(
                        () => call('talent', 'acceptDelivery', { challengeId: id }, { loading: '正在验收' }),
                        '已验收交付',
                      )
                    }
                  >
                    验收交付
                  </Button>
                ) : (
                  c.status === 'awarded' && <Text className="muted">里程碑全部验收后，可验收交付。</Text>
                )}
              </View>
            )}

            {(can('rate') || m.data.myRating || m.data.theirRating) && (
              <View className="card">
                <Text className="section-title">评价中榜方</Text>
                {m.data.myRating && (
                  <Text>
                    你的评价：{m.data.myRating.score} 分 {m.data.myRating.comment}
                  </Text>
                )}
                {can('rate') && (
                  <>
                    <Stars label="给中榜方打分" value={score} onChange={setScore} />
                    <TextField label="评价" value={comment} onChange={setComment} />
                    <Button
                      type="primary"
                      block
                      onClick={() =>
                        act(
                          () => call('talent', 'rate', { challengeId: id, score, comment }, { loading: '正在提交' }),
                          '已评价',
                        )
                      }
                    >
                      提交评价
                    </Button>
                  </>
                )}
                {m.data.theirRating && (
                  <Text className="muted">
                    中榜方对你们的评价：{m.data.theirRating.score} 分 {m.data.theirRating.comment}
                  </Text>
                )}
              </View>
            )}

            {can('dismissTalent') && (
              <View className="card">
                <Text className="section-title">推荐人才</Text>
                <PageState
                  loading={recs.loading && !recs.data}
                  error={recs.error}
                  empty={recs.data?.items.length === 0}
                  emptyText="暂无合适人选：没有专家的专长与本榜单足够相关"
                >
                  {recs.data?.items.map((r) => (
                    <View key={`${r.kind}-${r.id}`} className="talent-item">
                      <View className="row">
                        <Text className="grow talent-card__title">{r.name}</Text>
                        <Text className="talent-score">匹配度 {r.score}</Text>
                      </View>
                      <Text className="muted">{r.headline}</Text>
                      <Reasons reasons={r.reasons} />
                      <View className="row">
                        <View className="grow" />
                        <DismissButton
                          onDismiss={(reason) =>
                            act(
                              () =>
                                call(
                                  'talent',
                                  'dismissTalent',
                                  {
                                    challengeId: id,
                                    reason,
                                    ...(r.kind === 'team' ? { teamId: r.id } : { profileId: r.id }),
                                  },
                                  { loading: false },
                                ),
                              '已减少此类推荐',
                            )
                          }
                        />
                      </View>
                    </View>
                  ))}
                </PageState>
              </View>
            )}
            {can('close') && (
              <Button
                block
                onClick={async () => {
                  const r = await Taro.showModal({
                    title: '关闭榜单？',
                    content: '揭榜方会收到通知',
                    editable: true,
                    placeholderText: '关闭原因',
                  } as never)
                  const reason = (r as unknown as { content?: string }).content || '企业已自行解决'
                  if (r.confirm)
                    await act(() => call('talent', 'closeChallenge', { id, reason }, { loading: '正在关闭' }), '已关闭')
                }}
              >
                关闭榜单
              </Button>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
