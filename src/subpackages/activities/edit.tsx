import { View, Text, Picker, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import {
  ACTIVITY_CATEGORIES,
  AUDIENCES,
  type activityCategorySchema,
  type audienceSchema,
} from '../../../contract/activities'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { Screen } from '../../components/Screen'
import { roleProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { addDays, dayText, shanghaiDay, shanghaiInstant } from '../../services/time'
import './activities.css'
import { toast } from '../../services/toast'
import './contract'

type Category = z.infer<typeof activityCategorySchema>
type Audience = z.infer<typeof audienceSchema>
const CONFIRM_HOURS = [null, 2, 12, 24] as const

/** Organizer: publish an activity (the server checks every rule again). */
export default function EditActivity() {
  const [title, setTitle] = useState('')
  const [category, setCategory] = useState<Category>('interest')
  const [date, setDate] = useState(() => addDays(shanghaiDay(), 3))
  const [start, setStart] = useState('14:00')
  const [end, setEnd] = useState('16:00')
  const [address, setAddress] = useState('')
  const [capacity, setCapacity] = useState('20')
  const [reserved, setReserved] = useState('0')
  const [audience, setAudience] = useState<Audience>('all')
  const [approval, setApproval] = useState(false)
  const [confirmHours, setConfirmHours] = useState<number | null>(null)
  const [maxChildren, setMaxChildren] = useState(0)
  const [bring, setBring] = useState('')
  const [description, setDescription] = useState('')

  const publish = async () => {
    const startsAt = shanghaiInstant(date, start)
    const input = {
      title,
      category,
      description,
      address,
      audience,
      startsAt,
      endsAt: shanghaiInstant(date, end),
      registrationOpensAt: new Date().toISOString(),
      registrationClosesAt: new Date(new Date(startsAt).getTime() - 3600_000).toISOString(),
      capacity: Number(capacity),
      reservedSeats: Number(reserved || 0),
      approvalRequired: approval,
      confirmHours,
      maxChildren,
      whatToBring: bring,
    }
    const r = await call('activities', 'save', input, { loading: '正在发布' }).catch(() => null)
    if (r) {
      toast('已发布', { icon: 'success' })
      void Taro.redirectTo({ url: `/subpackages/activities/detail?id=${r.id}` })
    }
  }
  const chips = <T extends string | number | null>(
    values: readonly T[],
    current: T,
    set: (v: T) => void,
    label: (v: T) => string,
    name: string,
  ) => (
    <ChipGroup label={name} kind="radiogroup">
      {values.map((v) => (
        <Chip key={String(v)} role="radio" on={current === v} onPress={() => set(v)}>
          {label(v)}
        </Chip>
      ))}
    </ChipGroup>
  )

  return (
    <Screen className="activities">
      <View className="card">
        <Field label="标题">
          <Input name="title" value={title} onChange={setTitle} maxLength={40} placeholder="如 午间一小时·共富桌球" />
        </Field>
        <Field label="类别">
          {chips(
            Object.keys(ACTIVITY_CATEGORIES) as Category[],
            category,
            setCategory,
            (c) => ACTIVITY_CATEGORIES[c],
            '类别',
          )}
        </Field>
        <Field label="时间">
          <View className="row activity-options">
            <Picker mode="date" value={date} start={shanghaiDay()} onChange={(e) => setDate(e.detail.value)}>
              <View className="chip chip--on" {...roleProps('button')} aria-label={`${dayText(date)}，日期 ${date}`}>
                {dayText(date)}
              </View>
            </Picker>
            <Picker mode="time" value={start} onChange={(e) => setStart(e.detail.value)}>
              <View className="chip" {...roleProps('button')}>
                {start} 开始
              </View>
            </Picker>
            <Picker mode="time" value={end} onChange={(e) => setEnd(e.detail.value)}>
              <View className="chip" {...roleProps('button')}>
                {end} 结束
              </View>
            </Picker>
          </View>
        </Field>
        <Field label="地点">
          <Input
            name="address"
            value={address}
            onChange={setAddress}
            maxLength={100}
            placeholder="如 灵峰社区党群服务中心三楼"
          />
        </Field>
        <View className="row activity-pair">
          <View className="grow">
            <Field label="名额">
              <Input name="capacity" type="number" value={capacity} onChange={setCapacity} maxLength={4} />
            </Field>
          </View>
          <View className="grow">
            <Field label="其中预留">
              <Input name="reserved" type="number" value={reserved} onChange={setReserved} maxLength={4} />
            </Field>
          </View>
        </View>
        <Field label="面向">
          {chips(Object.keys(AUDIENCES) as Audience[], audience, setAudience, (a) => AUDIENCES[a], '面向')}
        </Field>
        <Field label="报名审核">
          {chips(
            ['no', 'yes'] as const,
            approval ? 'yes' : 'no',
            (v) => setApproval(v === 'yes'),
            (v) => (v === 'yes' ? '需要审核' : '无需审核'),
            '报名审核',
          )}
        </Field>
        <Field label="候补递补后确认时限">
          {chips(CONFIRM_HOURS, confirmHours, setConfirmHours, (h) => (h ? `${h} 小时内确认` : '直接递补'), '确认时限')}
        </Field>
        <Field label="每个报名可带孩子">
          {chips([0, 1, 2, 3], maxChildren, setMaxChildren, (n) => (n ? `最多 ${n} 人` : '不带'), '孩子人数')}
        </Field>
        <Field label="请携带">
          <Input name="bring" value={bring} onChange={setBring} maxLength={200} />
        </Field>
        <Field label="介绍">
          <Textarea
            className="ls-textarea"
            value={description}
            maxlength={2000}
            onInput={(e) => setDescription(e.detail.value)}
          />
        </Field>
        <Text className="muted activity-line">现在开始报名，开始前 1 小时截止；报名问题可在发布后通过接口设置。</Text>
        <Button
          type="primary"
          block
          disabled={title.trim().length < 2 || !address.trim()}
          why={title.trim().length < 2 ? '请填写活动名称（至少 2 个字）' : '请填写活动地点'}
          onClick={publish}
        >
          发布
        </Button>
      </View>
    </Screen>
  )
}
