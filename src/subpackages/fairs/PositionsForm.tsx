import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PAY_UNITS, type FairPosition, type PayUnit } from '../../../contract/fairs'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'

interface Draft {
  title: string
  headcount: string
  payLow: string
  payHigh: string
  payUnit: PayUnit
  requirements: string
}

const blank: Draft = { title: '', headcount: '1', payLow: '', payHigh: '', payUnit: 'day', requirements: '' }
const fromPosition = (p: FairPosition): Draft => ({
  title: p.title,
  headcount: String(p.headcount),
  payLow: String(p.payLow),
  payHigh: String(p.payHigh),
  payUnit: p.payUnit,
  requirements: p.requirements,
})

export type PositionInput = Omit<FairPosition, 'pay'>

/** The positions a booth brings: title, headcount, pay with its unit, requirements. The server checks them. */
export function PositionsForm({
  initial,
  submitText,
  onSubmit,
}: {
  initial?: FairPosition[]
  submitText: string
  onSubmit: (positions: PositionInput[]) => void
}) {
  const [list, setList] = useState<Draft[]>(initial?.length ? initial.map(fromPosition) : [blank])
  const set = (i: number, k: keyof Draft) => (v: string) =>
    setList((l) => l.map((d, j) => (j === i ? { ...d, [k]: v } : d)))
  const submit = () =>
    onSubmit(
      list.map((d) => ({
        title: d.title,
        headcount: Number(d.headcount) || 0,
        payLow: Number(d.payLow) || 0,
        payHigh: Number(d.payHigh || d.payLow) || 0,
        payUnit: d.payUnit,
        requirements: d.requirements,
      })),
    )
  return (
    <View>
      {list.map((d, i) => (
        <View key={i} className="card" role="group" aria-label={`岗位 ${i + 1}`}>
          <Text className="section-title">岗位 {i + 1}</Text>
          <Field label="岗位名称">
            <Input
              name={`title${i}`}
              value={d.title}
              onChange={set(i, 'title')}
              maxLength={40}
              placeholder="如 包装工"
            />
          </Field>
          <Field label="招聘人数">
            <Input
              name={`headcount${i}`}
              type="number"
              value={d.headcount}
              onChange={set(i, 'headcount')}
              maxLength={3}
            />
          </Field>
          <ChipGroup label="计薪单位" kind="radiogroup">
            {(Object.keys(PAY_UNITS) as PayUnit[]).map((u) => (
              <Chip key={u} role="radio" on={d.payUnit === u} onPress={() => set(i, 'payUnit')(u)}>
                {PAY_UNITS[u]}
              </Chip>
            ))}
          </ChipGroup>
          <View className="row fairs-actions">
            <View className="grow">
              <Field label={`最低薪资（${PAY_UNITS[d.payUnit]}）`}>
                <Input name={`payLow${i}`} type="number" value={d.payLow} onChange={set(i, 'payLow')} maxLength={7} />
              </Field>
            </View>
            <View className="grow">
              <Field label={`最高薪资（${PAY_UNITS[d.payUnit]}）`}>
                <Input
                  name={`payHigh${i}`}
                  type="number"
                  value={d.payHigh}
                  onChange={set(i, 'payHigh')}
                  maxLength={7}
                />
              </Field>
            </View>
          </View>
          <Field label="要求（证书、班次等，选填）">
            <Input name={`req${i}`} value={d.requirements} onChange={set(i, 'requirements')} maxLength={300} />
          </Field>
          {list.length > 1 && (
            <Button fill="outline" onClick={() => setList((l) => l.filter((_, j) => j !== i))}>
              删除岗位 {i + 1}
            </Button>
          )}
        </View>
      ))}
      <View className="row fairs-actions">
        {list.length < 10 && (
          <Button fill="outline" onClick={() => setList((l) => [...l, blank])}>
            再加一个岗位
          </Button>
        )}
        <Button type="primary" onClick={submit}>
          {submitText}
        </Button>
      </View>
    </View>
  )
}
