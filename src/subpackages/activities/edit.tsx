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
import { call } from '../../services/call'
import { Button, Input } from '../../ui/nutui'
import { addDays, shanghaiDay, shanghaiInstant } from '../../services/time'
import './activities.css'

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
      Taro.showToast({ title: '已发布', icon: 'success' })
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
    <View className="row activity-options" role="radiogroup" aria-label={name}>
      {values.map((v) => (
        <View
          key={String(v)}
          role="radio"
          aria-checked={current === v}
          className={`chip ${current === v ? 'chip--on' : ''}`}
          onClick={() => set(v)}
        >
          {label(v)}
        </View>
      ))}
    </View>
  )

  return (
    <View className="page activities">
      <View className="card">
        <View className="activity-field">
          <Text>标题</Text>
          <Input name="title" value={title} onChange={setTitle} maxLength={40} placeholder="如 午间一小时·共富桌球" />
        </View>
        <View className="activity-field">
          <Text>类别</Text>
          {chips(
            Object.keys(ACTIVITY_CATEGORIES) as Category[],
            category,
            setCategory,
            (c) => ACTIVITY_CATEGORIES[c],
            '类别',
          )}
        </View>
        <View className="activity-field row">
          <Picker mode="date" value={date} start={shanghaiDay()} onChange={(e) => setDate(e.detail.value)}>
            <View className="chip chip--on">{date}</View>
          </Picker>
          <Picker mode="time" value={start} onChange={(e) => setStart(e.detail.value)}>
            <View className="chip">{start} 开始</View>
          </Picker>
          <Picker mode="time" value={end} onChange={(e) => setEnd(e.detail.value)}>
            <View className="chip">{end} 结束</View>
          </Picker>
        </View>
        <View className="activity-field">
          <Text>地点</Text>
          <Input
            name="address"
            value={address}
            onChange={setAddress}
            maxLength={100}
            placeholder="如 灵峰社区党群服务中心三楼"
          />
        </View>
        <View className="activity-field row">
          <View className="grow">
            <Text>名额</Text>
            <Input name="capacity" type="number" value={capacity} onChange={setCapacity} maxLength={4} />
          </View>
          <View className="grow">
            <Text>其中预留</Text>
            <Input name="reserved" type="number" value={reserved} onChange={setReserved} maxLength={4} />
          </View>
        </View>
        <View className="activity-field">
          <Text>面向</Text>
          {chips(Object.keys(AUDIENCES) as Audience[], audience, setAudience, (a) => AUDIENCES[a], '面向')}
        </View>
        <View className="activity-field">
          <Text>报名审核</Text>
          {chips(
            ['no', 'yes'] as const,
            approval ? 'yes' : 'no',
            (v) => setApproval(v === 'yes'),
            (v) => (v === 'yes' ? '需要审核' : '无需审核'),
            '报名审核',
          )}
        </View>
        <View className="activity-field">
          <Text>候补递补后确认时限</Text>
          {chips(CONFIRM_HOURS, confirmHours, setConfirmHours, (h) => (h ? `${h} 小时内确认` : '直接递补'), '确认时限')}
        </View>
        <View className="activity-field">
          <Text>每个报名可带孩子</Text>
          {chips([0, 1, 2, 3], maxChildren, setMaxChildren, (n) => (n ? `最多 ${n} 人` : '不带'), '孩子人数')}
        </View>
        <View className="activity-field">
          <Text>请携带</Text>
          <Input name="bring" value={bring} onChange={setBring} maxLength={200} />
        </View>
        <View className="activity-field">
          <Text>介绍</Text>
          <Textarea
            className="activity-textarea"
            value={description}
            maxlength={2000}
            onInput={(e) => setDescription(e.detail.value)}
          />
        </View>
        <Text className="muted" style={{ display: 'block' }}>
          现在开始报名，开始前 1 小时截止；报名问题可在发布后通过接口设置。
        </Text>
        <Button type="primary" block disabled={title.trim().length < 2 || !address.trim()} onClick={publish}>
          发布
        </Button>
      </View>
    </View>
  )
}
