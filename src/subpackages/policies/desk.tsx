import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { InputOf, OutputOf } from '../../../contract'
import { MENTOR_LANGUAGES, MENTOR_TOPICS, type MentorBooking, type WeeklyHour } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { BookingCard } from './components/BookingCard'
import { Choice, optionsOf } from '../../components/Choice'
import { TextField } from '../../components/TextField'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './policies.css'
import './contract'

type Profile = InputOf<'policies', 'saveMentorProfile'>
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
                  <TextField
                    label="婉拒原因"
                    multiline
                    value={reason[b.id] ?? ''}
                    maxLength={100}
                    placeholder="婉拒时请说明原因"
                    onChange={(v) => setReason({ ...reason, [b.id]: v })}
                  />
                  <View className="pol-actions">
                    <Button type="primary" onClick={() => decide(b, 'confirm')}>
                      确认
                    </Button>
                    <Button
                      fill="outline"
                      disabled={(reason[b.id] ?? '').trim().length < 2}
                      why="请填写原因（至少 2 个字），对方会看到"
                      onClick={() => decide(b, 'decline')}
                    >
                      婉拒
                    </Button>
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
                      <TextField
                        label="辅导记要"
                        multiline
                        value={note[b.id] ?? ''}
                        maxLength={600}
                        placeholder="给了哪些建议、下一步做什么"
                        onChange={(v) => setNote({ ...note, [b.id]: v })}
                      />
                      <Button
                        type="primary"
                        disabled={(note[b.id] ?? '').trim().length < 2}
                        why="请写下辅导记录（至少 2 个字）"
                        onClick={() => saveNote(b)}
                      >
                        保存记要
                      </Button>
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
                  <Button fill="outline" onClick={() => setEditing(true)}>
                    修改
                  </Button>
                </>
              )}
              {editing && (
                <View>
                  <TextField label="擅长领域" value={p.field} onChange={(v) => patch({ field: v })} />
                  <TextField
                    label="背景"
                    multiline
                    value={p.background}
                    maxLength={200}
                    onChange={(v) => patch({ background: v })}
                  />
                  <TextField
                    label="介绍"
                    multiline
                    value={p.intro ?? ''}
                    maxLength={600}
                    onChange={(v) => patch({ intro: v })}
                  />
                  <Choice
                    label="辅导方向"
                    options={optionsOf(MENTOR_TOPICS)}
                    value={p.topics ?? []}
                    onChange={(t) => patch({ topics: toggle(p.topics, t) })}
                  />
                  <Choice
                    label="语言"
                    options={MENTOR_LANGUAGES.map((l) => [l, l] as const)}
                    value={p.languages ?? []}
                    onChange={(l) => patch({ languages: toggle(p.languages, l) })}
                  />
                  <Text className="pol-field__label">每周开放时段</Text>
                  {hours.map((h, i) => (
                    <View key={i} className="pol-weekly" role="group" aria-label={`时段 ${i + 1}`}>
                      <Choice
                        label="星期"
                        options={WEEKDAYS.map((w, d) => [d + 1, `周${w}`] as const)}
                        value={h.weekday}
                        onChange={(weekday) => setHour(i, { weekday })}
                      />
                      <View className="pol-row pol-weekly__times">
                        <TextField
                          label="开始时间"
                          value={h.start}
                          placeholder="14:00"
                          maxLength={5}
                          onChange={(start) => setHour(i, { start })}
                        />
                        <TextField
                          label="时长（分钟）"
                          type="number"
                          value={String(h.minutes)}
                          maxLength={3}
                          onChange={(v) => setHour(i, { minutes: Number(v) })}
                        />
                      </View>
                      <TextField
                        label="地点"
                        value={h.place}
                        placeholder="如 灵峰社区党群服务中心二楼"
                        onChange={(place) => setHour(i, { place })}
                      />
                      <Button fill="outline" onClick={() => patch({ weeklyHours: hours.filter((_, j) => j !== i) })}>
                        删除这个时段
                      </Button>
                    </View>
                  ))}
                  <Button
                    fill="outline"
                    onClick={() =>
                      patch({ weeklyHours: [...hours, { weekday: 2, start: '14:00', minutes: 60, place: '' }] })
                    }
                  >
                    添加时段
                  </Button>
                  <Button type="primary" block onClick={saveProfile}>
                    保存资料
                  </Button>
                </View>
              )}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
