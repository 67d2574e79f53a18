import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_SUBSCRIBE_KINDS,
  AUDIENCES,
  REGISTRATION_STATUS,
  type ActivityAction,
} from '../../../contract/activities'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { addToCalendar } from '../../platform/calendar'
import { openInMapApp } from '../../platform/navigate'
import { call } from '../../services/call'
import { preloadSubscribeTemplates, subscribeInTap } from '../../services/subscribe'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { toast } from '../../services/toast'
import { timeRange } from './format'
import './activities.css'
import './contract'

/**
 * One activity: details, sign-up (with its questions), my registration with code, organizer links.
 * Which of these a person gets is the server's answer (detail's `can`), not rules kept here.
 */
export default function ActivityDetailPage() {
  const { params } = useRouter()
  const id = Number(params.id)
  const activity = useAction('activities', 'detail', { id }, [id])
  const a = activity.data
  const load = activity.reload
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [children, setChildren] = useState(1)
  const [birthYear, setBirthYear] = useState('')

  useDidShow(preloadSubscribeTemplates)

  const signUp = () => {
    if (!a) return
    subscribeInTap([...ACTIVITY_SUBSCRIBE_KINDS])
    const input = {
      activityId: a.id,
      answers,
      children: a.maxChildren > 0 ? children : 0,
      ...(a.audience === 'youth' && birthYear ? { birthYear: Number(birthYear) } : {}),
    }
    call('activities', 'signUp', input, { loading: '正在报名' }).then(
      (r) => {
        toast(r.status === 'waitlisted' ? `已加入候补，第 ${r.position} 位` : REGISTRATION_STATUS[r.status])
        void load()
      },
      () => undefined,
    )
  }
  const cancel = async () => {
    const ok = await Taro.showModal({ title: '取消报名？', content: '名额会让给候补的人' })
    if (!ok.confirm || !a) return
    const r = await call('activities', 'cancel', { activityId: a.id }, { loading: '正在取消' }).catch(() => null)
    if (r) void load()
  }
  const confirm = async () => {
    const r = await call('activities', 'confirmOffer', { activityId: id }, { loading: '正在确认' }).catch(() => null)
    if (r) void load()
  }

  const can = (action: ActivityAction) => a?.can.includes(action) ?? false
  const mine = a?.mine && a.mine.status !== 'cancelled' ? a.mine : null
  return (
    <Screen className="activities">
      <PageState loading={activity.loading && !a} error={activity.error} onRetry={load}>
        {a && (
          <>
            <View className="card">
              <Text className="activity-card__title">{a.title}</Text>
              <View className="row activity-actions">
                <Text className="activity-tag">{ACTIVITY_CATEGORIES[a.category]}</Text>
                <Text className="muted">面向{AUDIENCES[a.audience]}</Text>
                {a.groupName && <Text className="muted">{a.groupName}</Text>}
              </View>
              <Text className="activity-card__time">{timeRange(a.startsAt, a.endsAt)}</Text>
              <Text className="muted activity-line">
                地点：{a.place}
                {a.address && a.place !== a.address ? `（${a.address}）` : ''}
              </Text>
              <Text className="muted activity-line">
                组织者：{a.organizerName} · {a.communityName}
              </Text>
              <Text className={`activity-line activity-gap ${a.seatsLeft > 0 ? 'activity-seats' : 'activity-full'}`}>
                名额 {a.capacity}（剩 {a.seatsLeft}
                {a.waitlisted ? `，候补 ${a.waitlisted} 人` : ''}
                {a.checkedIn ? `，已签到 ${a.checkedIn}` : ''}）
              </Text>
              {a.status === 'cancelled' && <Text className="activity-warn">活动已取消：{a.cancelReason}</Text>}
              {a.description && <Text className="activity-line activity-gap">{a.description}</Text>}
              {a.whatToBring && <Text className="muted activity-line activity-gap">请携带：{a.whatToBring}</Text>}
              <View className="row activity-actions">
                {a.lng !== null && a.lat !== null && (
                  <Button
                    size="small"
                    fill="outline"
                    onClick={() => openInMapApp({ name: a.place, address: a.address, lng: a.lng!, lat: a.lat! })}
                  >
                    导航
                  </Button>
                )}
                {can('calendar') && (
                  <Button
                    size="small"
                    fill="outline"
                    onClick={() =>
                      addToCalendar({ title: a.title, startsAt: a.startsAt, endsAt: a.endsAt, place: a.place })
                    }
                  >
                    加入日历
                  </Button>
                )}
                {can('roster') && (
                  <Button
                    size="small"
                    type="primary"
                    fill="outline"
                    onClick={() => Taro.navigateTo({ url: `/subpackages/activities/roster?id=${a.id}` })}
                  >
                    报名名单与签到
                  </Button>
                )}
              </View>
            </View>

            {mine ? (
              <View className="card activity-state" role="status" aria-label={REGISTRATION_STATUS[mine.status]}>
                <Text className="activity-state__title">{REGISTRATION_STATUS[mine.status]}</Text>
                {mine.status === 'waitlisted' && (
                  <Text>候补第 {mine.position} 位，有人退出会按顺序自动递补并通知你</Text>
                )}
                {mine.status === 'pending' && <Text>已占名额，等待组织者审核</Text>}
                {mine.status === 'offered' && (
                  <Text className="activity-line">候补到名额了！请在 {mine.offerExpiresAt} 前确认，逾期名额顺延</Text>
                )}
                {can('confirmOffer') && (
                  <Button type="primary" block onClick={confirm}>
                    确认参加
                  </Button>
                )}
                {mine.qr && mine.status !== 'offered' && (
                  <>
                    <View className="activity-code" role="group" aria-label={`报名码 ${mine.code}`}>
                      {mine.code}
                    </View>
                    <Picture className="activity-qr" src={mine.qr} alt={`二维码（报名码 ${mine.code}）`} />
                    <Text className="muted activity-line">
                      入场时出示报名码签到{mine.seats > 1 ? `（共 ${mine.seats} 人）` : ''}
                    </Text>
                  </>
                )}
                {mine.checkedInAt && <Text className="activity-seats activity-line">已于 {mine.checkedInAt} 签到</Text>}
                {can('cancel') && (
                  <Button fill="outline" block onClick={cancel}>
                    {mine.status === 'waitlisted' ? '退出候补' : '取消报名'}
                  </Button>
                )}
              </View>
            ) : (
              (can('signUp') || a.signUpNote) && (
                <View className="card">
                  <Text className="section-title">报名</Text>
                  {a.signUpNote && <Text className="activity-warn">{a.signUpNote}</Text>}
                  {a.audience === 'youth' && (
                    <Field label="出生年份（青年活动限 35 岁及以下）">
                      <Input
                        name="birthYear"
                        type="number"
                        placeholder="如 1998"
                        value={birthYear}
                        onChange={setBirthYear}
                        maxLength={4}
                      />
                    </Field>
                  )}
                  {a.maxChildren > 0 && (
                    <Field label="孩子人数（每人占 1 个名额）">
                      <ChipGroup label="孩子人数" kind="radiogroup">
                        {Array.from({ length: a.maxChildren + 1 }, (_, n) => n)
                          .filter((n) => a.audience !== 'families' || n > 0)
                          .map((n) => (
                            <Chip key={n} role="radio" on={children === n} onPress={() => setChildren(n)}>
                              {String(n)}
                            </Chip>
                          ))}
                      </ChipGroup>
                    </Field>
                  )}
                  {a.questions.map((q) => (
                    <Field key={q.id} label={`${q.label}${q.required ? '（必填）' : ''}`}>
                      {q.options.length ? (
                        <ChipGroup label={q.label} kind="radiogroup">
                          {q.options.map((o) => (
                            <Chip
                              key={o}
                              role="radio"
                              on={answers[q.id] === o}
                              onPress={() => setAnswers({ ...answers, [q.id]: o })}
                            >
                              {o}
                            </Chip>
                          ))}
                        </ChipGroup>
                      ) : (
                        <Input
                          name={`q-${q.id}`}
                          value={answers[q.id] ?? ''}
                          onChange={(v) => setAnswers({ ...answers, [q.id]: v })}
                          maxLength={200}
                        />
                      )}
                    </Field>
                  ))}
                  {a.approvalRequired && <Text className="muted activity-line">报名需组织者审核</Text>}
                  <Button type="primary" block disabled={!can('signUp')} onClick={signUp}>
                    {a.seatsLeft > 0 ? '立即报名' : '名额已满，加入候补'}
                  </Button>
                </View>
              )
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
