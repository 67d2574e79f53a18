import { Input, Text, Textarea, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { InputOf, OutputOf } from '../../../contract'
import { MENTOR_LANGUAGES, MENTOR_TOPICS, type MentorBooking, type WeeklyHour } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { fieldProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { BookingCard } from './components/BookingCard'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './policies.css'
import './contract'

type Profile = InputOf<'policies', 'saveMentorProfile'>
type Topic = keyof typeof MENTOR_TOPICS
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const EMPTY: Profile = { field: '', background: '', intro: '', languages: ['普通话'], topics: [], weeklyHours: [] }

/** 导师工作台: requests to confirm or decline, hours coming up, notes after sessions, my profile and weekly hours. */
export default function DeskPage() {
  const [data, setData] = useState<OutputOf<'policies', 'mentorDesk'>>()
  const [error, setError] = useState<CallError>()
  const [reason, setReason] = useState<Record<number, string>>({})
  const [note, setNote] = useState<Record<number, string>>({})
  const [profile, setProfile] = useState<Profile>()
  const [editing, setEditing] = useState(false)

  const load = () => {
    setError(undefined)
    call('policies', 'mentorDesk', {}, { loading: false, toast: false }).then((r) => {
      setData(r)
      if (r.profile) {
        const { name, ...editable } = r.profile
        setProfile(editable)
      } else setProfile(EMPTY)
      if (!r.profile) setEditing(true)
    }, setError)
  }
  useDidShow(load)

  const decide = async (b: MentorBooking, decision: 'confirm' | 'decline') => {
    const r = await call(
      'policies',
      'decideMentorBooking',
      { bookingId: b.id, decision, reason: reason[b.id] ?? '' },
      { loading: decision === 'confirm' ? '正在确认' : '正在婉拒' },
    ).catch(() => null)
    if (r) load()
  }
  const saveNote = async (b: MentorBooking) => {
    const r = await call(
      'policies',
      'noteMentorSession',
      { bookingId: b.id, note: note[b.id] ?? '' },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) load()
  }
  const saveProfile = async () => {
    if (!profile) return
    const { field, background, intro, communityId, languages, topics, weeklyHours, active } = profile
    const r = await call(
      'policies',
      'saveMentorProfile',
      { field, background, intro, communityId, languages, topics, weeklyHours, active },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) {
      setEditing(false)
      toast('已保存', { icon: 'success' })
      load()
    }
  }
  const p = profile ?? EMPTY
  const patch = (x: Partial<Profile>) => setProfile({ ...p, ...x })
  const hours = p.weeklyHours ?? []
  const setHour = (i: number, h: Partial<WeeklyHour>) =>
    patch({ weeklyHours: hours.map((x, j) => (j === i ? { ...x, ...h } : x)) })
  const toggle = <T,>(list: T[] | undefined, x: T) =>
    list?.includes(x) ? list.filter((y) => y !== x) : [...(list ?? []), x]

  return (
    <Screen className="pol">
      <PageState loading={!data && !error} error={error} onRetry={load}>
        {data && (
          <>
            <Text className="section-title pol-heading">待确认（{data.requests.length}）</Text>
            <View role="list" aria-label="待确认的预约">
              {data.requests.map((b) => (
                <BookingCard key={b.id} b={b} who={`${b.personName}（${b.personPhone}）`}>
                  <Textarea
                    className="pol-textarea pol-textarea--short"
                    value={reason[b.id] ?? ''}
                    maxlength={100}
                    placeholder="婉拒时请说明原因"
                    {...fieldProps('婉拒原因')}
                    onInput={(e) => setReason({ ...reason, [b.id]: e.detail.value })}
                  />
                  <View className="pol-actions">
                    <Pressable className="pol-btn pol-btn--primary" onPress={() => decide(b, 'confirm')}>
                      确认
                    </Pressable>
                    <Pressable
                      className="pol-btn"
                      disabled={(reason[b.id] ?? '').trim().length < 2}
                      why="请填写原因（至少 2 个字），对方会看到"
                      onPress={() => decide(b, 'decline')}
                    >
                      婉拒
                    </Pressable>
                  </View>
                </BookingCard>
              ))}
            </View>
            <Text className="section-title pol-heading">即将进行（{data.upcoming.length}）</Text>
            <View role="list" aria-label="即将进行的辅导">
              {data.upcoming.map((b) => (
                <BookingCard key={b.id} b={b} who={`${b.personName}（${b.personPhone}）`} />
              ))}
            </View>
            <Text className="section-title pol-heading">已结束</Text>
            <View role="list" aria-label="已结束的辅导">
              {data.past.map((b) => (
                <BookingCard key={b.id} b={b} who={`${b.personName}（${b.personPhone}）`}>
                  {b.past && b.status === 'confirmed' && !b.note && (
                    <View className="pol-book">
                      <Textarea
                        className="pol-textarea"
                        value={note[b.id] ?? ''}
                        maxlength={600}
                        placeholder="辅导记要：给了哪些建议、下一步做什么"
                        {...fieldProps('辅导记要')}
                        onInput={(e) => setNote({ ...note, [b.id]: e.detail.value })}
                      />
                      <Pressable
                        className="pol-btn pol-btn--primary"
                        disabled={(note[b.id] ?? '').trim().length < 2}
                        why="请写下辅导记录（至少 2 个字）"
                        onPress={() => saveNote(b)}
                      >
                        保存记要
                      </Pressable>
                    </View>
                  )}
                </BookingCard>
              ))}
            </View>

            <View className="card">
              <Text className="section-title">我的导师资料与每周时段</Text>
              {!editing && data.profile && (
                <>
                  <Text className="pol-para">
                    {data.profile.field} · {data.profile.background}
                  </Text>
                  <Text className="muted pol-para">
                    每周：
                    {data.profile.weeklyHours
                      .map((h) => `周${WEEKDAYS[h.weekday - 1]} ${h.start}（${h.minutes} 分钟）`)
                      .join('、') || '未设置'}
                  </Text>
                  <Pressable className="pol-btn" onPress={() => setEditing(true)}>
                    修改
                  </Pressable>
                </>
              )}
              {editing && (
                <View>
                  <Text className="pol-field__label">擅长领域</Text>
                  <Input
                    className="pol-input"
                    value={p.field}
                    {...fieldProps('擅长领域')}
                    onInput={(e) => patch({ field: e.detail.value })}
                  />
                  <Text className="pol-field__label">背景</Text>
                  <Textarea
                    className="pol-textarea pol-textarea--short"
                    value={p.background}
                    {...fieldProps('背景')}
                    maxlength={200}
                    onInput={(e) => patch({ background: e.detail.value })}
                  />
                  <Text className="pol-field__label">介绍</Text>
                  <Textarea
                    className="pol-textarea"
                    value={p.intro ?? ''}
                    {...fieldProps('介绍')}
                    maxlength={600}
                    onInput={(e) => patch({ intro: e.detail.value })}
                  />
                  <Text className="pol-field__label">辅导方向</Text>
                  <View className="pol-row" role="group" aria-label="辅导方向">
                    {(Object.keys(MENTOR_TOPICS) as Topic[]).map((t) => (
                      <Chip
                        role="button"
                        key={t}
                        on={!!p.topics?.includes(t)}
                        onPress={() => patch({ topics: toggle(p.topics, t) })}
                      >
                        {MENTOR_TOPICS[t]}
                      </Chip>
                    ))}
                  </View>
                  <Text className="pol-field__label">语言</Text>
                  <View className="pol-row" role="group" aria-label="语言">
                    {MENTOR_LANGUAGES.map((l) => (
                      <Chip
                        role="button"
                        key={l}
                        on={!!p.languages?.includes(l)}
                        onPress={() => patch({ languages: toggle(p.languages, l) })}
                      >
                        {l}
                      </Chip>
                    ))}
                  </View>
                  <Text className="pol-field__label">每周开放时段</Text>
                  {hours.map((h, i) => (
                    <View key={i} className="pol-weekly" role="group" aria-label={`时段 ${i + 1}`}>
                      <View className="pol-row">
                        {WEEKDAYS.map((w, d) => (
                          <Chip
                            role="button"
                            key={w}
                            on={h.weekday === d + 1}
                            label={`周${w}`}
                            onPress={() => setHour(i, { weekday: d + 1 })}
                          >
                            {w}
                          </Chip>
                        ))}
                      </View>
                      <View className="pol-row">
                        <Input
                          className="pol-input pol-input--short"
                          value={h.start}
                          placeholder="14:00"
                          {...fieldProps('开始时间')}
                          onInput={(e) => setHour(i, { start: e.detail.value })}
                        />
                        <Input
                          className="pol-input pol-input--short"
                          type="number"
                          value={String(h.minutes)}
                          {...fieldProps('时长（分钟）')}
                          onInput={(e) => setHour(i, { minutes: Number(e.detail.value) })}
                        />
                        <Text className="muted">分钟</Text>
                      </View>
                      <Input
                        className="pol-input"
                        value={h.place}
                        placeholder="地点，如 灵峰社区党群服务中心二楼"
                        {...fieldProps('地点')}
                        onInput={(e) => setHour(i, { place: e.detail.value })}
                      />
                      <Pressable
                        className="pol-btn"
                        onPress={() => patch({ weeklyHours: hours.filter((_, j) => j !== i) })}
                      >
                        删除这个时段
                      </Pressable>
                    </View>
                  ))}
                  <Pressable
                    className="pol-btn"
                    onPress={() =>
                      patch({ weeklyHours: [...hours, { weekday: 2, start: '14:00', minutes: 60, place: '' }] })
                    }
                  >
                    添加时段
                  </Pressable>
                  <Pressable className="pol-btn pol-btn--primary pol-btn--block" onPress={saveProfile}>
                    保存资料
                  </Pressable>
                </View>
              )}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
