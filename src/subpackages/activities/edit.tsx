import { View, Text, Picker } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import {
  ACTIVITY_CATEGORIES,
  AUDIENCES,
  type activityCategorySchema,
  type audienceSchema,
} from '../../../contract/activities'
import { Choice, optionsOf } from '../../components/Choice'
import { Field } from '../../components/Field'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { roleProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { addDays, dayText, shanghaiDay, shanghaiInstant } from '../../services/time'
import './activities.css'
import { toast } from '../../services/toast'
import './contract'

type Category = z.infer<typeof activityCategorySchema>
type Audience = z.infer<typeof audienceSchema>
const CONFIRM_HOURS = [null, 2, 12, 24] as const
// The two text fields around the time: what a TextField needs besides its value.
const TITLE = { label: '标题', name: 'title', maxLength: 40, placeholder: '如 午间一小时·共富桌球' }
const ADDRESS = { label: '地点', name: 'address', maxLength: 100, placeholder: '如 灵峰社区党群服务中心三楼' }
const APPROVAL = [
  ['no', '无需审核'],
  ['yes', '需要审核'],
] as const

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
  return (
    <Screen className="activities">
      <View className="card">
        <TextField {...TITLE} value={title} onChange={setTitle} />
        <Choice label="类别" options={optionsOf(ACTIVITY_CATEGORIES)} value={category} onChange={setCategory} />
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
        <TextField {...ADDRESS} value={address} onChange={setAddress} />
        <View className="row activity-pair">
          {[
            ['capacity', '名额', capacity, setCapacity] as const,
            ['reserved', '其中预留', reserved, setReserved] as const,
          ].map(([name, label, value, onChange]) => (
            <View key={name} className="grow">
              <TextField label={label} name={name} type="number" value={value} onChange={onChange} maxLength={4} />
            </View>
          ))}
        </View>
        <Choice label="面向" options={optionsOf(AUDIENCES)} value={audience} onChange={setAudience} />
        <Choice
          label="报名审核"
          options={APPROVAL}
          value={approval ? 'yes' : 'no'}
          onChange={(v) => setApproval(v === 'yes')}
        />
        <Choice
          label="候补递补后确认时限"
          options={CONFIRM_HOURS.map((h) => [h, h ? `${h} 小时内确认` : '直接递补'] as const)}
          value={confirmHours}
          onChange={setConfirmHours}
        />
        <Choice
          label="每个报名可带孩子"
          options={[0, 1, 2, 3].map((n) => [n, n ? `最多 ${n} 人` : '不带'] as const)}
          value={maxChildren}
          onChange={setMaxChildren}
        />
        <TextField label="请携带" name="bring" value={bring} onChange={setBring} />
        <TextField
          label="介绍"
          name="description"
          multiline
          value={description}
          onChange={setDescription}
          maxLength={2000}
        />
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
