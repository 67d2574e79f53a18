import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { MENTOR_SUBSCRIBE_KINDS, MENTOR_TOPICS } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { subscribeInTap } from '../../services/subscribe'
import { hourLabel } from './format'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { Screen } from '../../components/Screen'
import { Field } from '../../components/Field'
import { TextField } from '../../components/TextField'
import './policies.css'
import './contract'

type Topic = keyof typeof MENTOR_TOPICS
type Salon = OutputOf<'activities', 'list'>['items'][number]
const go = (url: string) => Taro.navigateTo({ url })
const STATE = { free: '可预约', taken: '已约满', closed: '暂停', mine: '我已预约' } as const

/**
 * A mentor: who they are, their office hours for two weeks; pick one, say what about, and ask.
 * Opened from the list's 最近可约 (`hour=`), that hour is already chosen.
 */
export default function MentorPage() {
  const { params } = useRouter()
  const id = Number(params.id)
  const wanted = params.hour ? decodeURIComponent(params.hour) : undefined
  const [m, setM] = useState<OutputOf<'policies', 'mentor'>>()
  const [error, setError] = useState<CallError>()
  const [hour, setHour] = useState<string>()
  const [topic, setTopic] = useState<Topic>()
  const [question, setQuestion] = useState('')
  const [booked, setBooked] = useState<OutputOf<'policies', 'bookMentor'>>()
  const [salons, setSalons] = useState<Salon[]>([])

  const load = () => {
    setError(undefined)
    call('policies', 'mentor', { id }, { loading: false, toast: false }).then((r) => {
      setM(r)
      // The hour asked for in the link, while it is still free (not after it was booked).
      setHour((h) => h ?? r.hours.find((x) => x.startsAt === wanted && x.state === 'free')?.startsAt)
    }, setError)
  }
  useDidShow(() => {
    load()
    call('activities', 'list', { category: 'salon' }, { loading: false, toast: false }).then(
      (r) => setSalons(r.items.slice(0, 3)),
      () => undefined,
    )
  })

  const book = async () => {
    if (!hour || !topic) return
    if (!getSessionToken()) return go('/pages/login/index')
    subscribeInTap([...MENTOR_SUBSCRIBE_KINDS])
    const r = await call(
      'policies',
      'bookMentor',
      { mentorId: id, startsAt: hour, topic, question },
      { loading: '正在预约' },
    ).catch(() => null)
    if (r) {
      setBooked(r)
      setHour(undefined)
      setQuestion('')
      load()
    } else load()
  }

  return (
    <Screen className="pol">
      <PageState loading={!m && !error} error={error} onRetry={load}>
        {m && (
          <>
            <View className="card">
              <Text className="pol-detail__title">{m.name}</Text>
              <Text className="pol-card__benefit">{m.field}</Text>
              <Text className="pol-para">{m.background}</Text>
              {m.intro && <Text className="pol-para">{m.intro}</Text>}
              <Text className="muted pol-card__meta">
                {m.communityName ? `${m.communityName} · ` : ''}语言：{m.languages.join('、')}
                {m.rating !== null ? ` · 评分 ${m.rating}（${m.ratings} 人）` : ''} · 已辅导 {m.sessions} 次
              </Text>
            </View>

            {booked && (
              <View className="card pol-elig pol-elig--maybe" role="status" aria-label="已提交预约">
                <Text className="pol-elig__verdict">已提交，等待导师确认</Text>
                <Text>
                  {hourLabel(booked.startsAt)} · {booked.place}
                </Text>
                <Pressable className="pol-btn" onPress={() => go('/subpackages/policies/bookings')}>
                  查看我的预约
                </Pressable>
              </View>
            )}

            <View className="card">
              <Text className="section-title">近两周开放时段</Text>
              {!m.hours.length && <Text className="muted">近两周没有开放时段。</Text>}
              <View className="pol-hours" role="group" aria-label="选择时段">
                {m.hours.map((h) => (
                  <Pressable
                    key={h.startsAt}
                    className={`pol-hour pol-hour--${h.state}${hour === h.startsAt ? ' pol-hour--on' : ''}`}
                    pressed={hour === h.startsAt}
                    label={`${hourLabel(h.startsAt)}，${STATE[h.state]}`}
                    disabled={h.state !== 'free'}
                    onPress={() => setHour(h.startsAt)}
                  >
                    {/* The visible words are the name (WCAG 2.5.3): a label that differs from them is not. */}
                    <Text className="pol-hour__when">
                      {hourLabel(h.startsAt)}，{STATE[h.state]}
                    </Text>
                  </Pressable>
                ))}
              </View>
              {hour && (
                <View className="pol-book">
                  <Field label="想聊什么">
                    <View className="pol-row" role="group" aria-label="辅导方向">
                      {m.topics.map((t) => (
                        <Chip role="button" key={t} on={topic === t} onPress={() => setTopic(t)}>
                          {MENTOR_TOPICS[t]}
                        </Chip>
                      ))}
                    </View>
                  </Field>
                  <TextField
                    label="具体问题"
                    name="question"
                    multiline
                    value={question}
                    maxLength={500}
                    placeholder="写下你的情况和想请教的问题，导师会提前准备"
                    onChange={setQuestion}
                  />
                  <Pressable
                    className="pol-btn pol-btn--primary pol-btn--block"
                    disabled={!topic || question.trim().length < 5}
                    why={!topic ? '请先选择一个话题' : '请写下你的问题（至少 5 个字）'}
                    onPress={book}
                  >
                    预约 {hourLabel(hour)}
                  </Pressable>
                </View>
              )}
            </View>

            {m.reviews.length > 0 && (
              <View className="card">
                <Text className="section-title">辅导评价</Text>
                {m.reviews.map((r, i) => (
                  <Text key={i} className="pol-li">
                    {'★'.repeat(r.rating)}
                    {r.comment ? ` ${r.comment}` : ''}
                  </Text>
                ))}
              </View>
            )}
            {salons.length > 0 && (
              <View className="card">
                <Text className="section-title">政策沙龙 · 洽接会</Text>
                {salons.map((s) => (
                  <Pressable
                    key={s.id}
                    className="pol-link-row"
                    onPress={() => go(`/subpackages/activities/detail?id=${s.id}`)}
                  >
                    {s.title} · {hourLabel(s.startsAt)}
                  </Pressable>
                ))}
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
