import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { REPAIR_KINDS, type RepairKind } from '../../../contract/volunteers'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { Screen } from '../../components/Screen'
import { call } from '../../services/call'
import { addDays, shanghaiDay, shanghaiInstant } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './volunteers.css'
import './contract'

/** A worker asks the community's repair team (家电/水电维修) to come. */
export default function Repair() {
  const communityId = Number(useRouter().params.communityId) || undefined
  const [repairKind, setRepairKind] = useState<RepairKind>('appliance')
  const [title, setTitle] = useState('')
  const [place, setPlace] = useState('')
  const [day, setDay] = useState(addDays(shanghaiDay(), 1))
  const [time, setTime] = useState('19:00')
  const submit = async () => {
    const t = await call(
      'volunteers',
      'requestRepair',
      { ...(communityId ? { communityId } : {}), repairKind, title, place, startsAt: shanghaiInstant(day, time) },
      { loading: '正在提交' },
    ).catch(() => null)
    if (t) {
      toast(`已提交给「${t.team}」，有志愿者接单会通知你`)
      Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/subpackages/volunteers/index' }))
    }
  }
  return (
    <Screen className="volunteers">
      <View className="card">
        <Text className="section-title">申请上门维修</Text>
        <ChipGroup label="维修类别" kind="radiogroup">
          {(Object.keys(REPAIR_KINDS) as RepairKind[]).map((k) => (
            <Chip key={k} role="radio" on={repairKind === k} onPress={() => setRepairKind(k)}>
              {REPAIR_KINDS[k]}
            </Chip>
          ))}
        </ChipGroup>
        <Field label="要修什么">
          <Input name="title" value={title} onChange={setTitle} maxLength={40} placeholder="比如：热水器不出热水" />
        </Field>
        <Field label="地点（宿舍楼号、房间）">
          <Input name="place" value={place} onChange={setPlace} maxLength={60} />
        </Field>
        <Field label="希望上门日期（YYYY-MM-DD）">
          <Input name="day" value={day} onChange={setDay} maxLength={10} />
        </Field>
        <Field label="希望上门时间（HH:MM）">
          <Input name="time" value={time} onChange={setTime} maxLength={5} />
        </Field>
        <Button type="primary" block disabled={title.trim().length < 2 || place.trim().length < 2} onClick={submit}>
          提交给维修志愿队
        </Button>
      </View>
    </Screen>
  )
}
