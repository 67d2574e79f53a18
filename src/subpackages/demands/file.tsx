import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import {
  DEMAND_CATEGORIES,
  URGENCIES,
  type AttachmentInput,
  type DemandCategory,
  type Urgency,
} from '../../../contract/demands'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import './demands.css'
import { Screen } from '../../components/Screen'
import './contract'

type Options = Awaited<ReturnType<typeof call<'demands', 'options'>>>

/** 企业点单: category, urgency, what is needed, contact, photos and files. */
export default function FileDemand() {
  const [options, setOptions] = useState<Options>()
  const [error, setError] = useState<CallError>()
  const [enterpriseId, setEnterpriseId] = useState<number>()
  const [category, setCategory] = useState<DemandCategory>('hiring')
  const [urgency, setUrgency] = useState<Urgency>('normal')
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [contactName, setContactName] = useState('')
  const [contactPhone, setContactPhone] = useState('')
  const [attachments, setAttachments] = useState<AttachmentInput[]>([])

  useDidShow(() => {
    call('demands', 'options', {}, { loading: false, toast: false }).then((o) => {
      setOptions(o)
      setEnterpriseId((id) => id ?? o.enterprises[0]?.id)
    }, setError)
  })
  const hours = (u: Urgency) => {
    const row = options?.sla.find((s) => s.urgency === u)
    if (!row) return ''
    return options!.slowCategories.includes(category) ? row.slowHours : row.hours
  }
  const submit = async () => {
    if (!enterpriseId) return
    const d = await call(
      'demands',
      'file',
      { enterpriseId, category, urgency, title, description, contactName, contactPhone, attachments },
      { loading: '正在提交' },
    ).catch(() => null)
    if (d) {
      toast('已提交，网格社工会尽快处理')
      Taro.redirectTo({ url: `/subpackages/demands/detail?id=${d.id}` })
    }
  }

  return (
    <Screen className="demands">
      <PageState
        loading={!options && !error}
        error={error}
        empty={options?.enterprises.length === 0}
        emptyText="只有企业联络员可以提交诉求"
      >
        {options && (
          <View className="card">
            {options.enterprises.length > 1 && (
              <Field label="企业">
                <ChipGroup label="企业" kind="radiogroup">
                  {options.enterprises.map((e) => (
                    <Chip key={e.id} role="radio" on={enterpriseId === e.id} onPress={() => setEnterpriseId(e.id)}>
                      {e.name}
                    </Chip>
                  ))}
                </ChipGroup>
              </Field>
            )}
            {options.enterprises.length === 1 && (
              <Text className="meta">
                {options.enterprises[0].name} · {options.enterprises[0].community}
                {options.enterprises[0].grid ?? ''}
              </Text>
            )}
            <Field label="诉求类别">
              <ChipGroup label="诉求类别" kind="radiogroup">
                {(Object.keys(DEMAND_CATEGORIES) as DemandCategory[]).map((c) => (
                  <Chip key={c} role="radio" on={category === c} onPress={() => setCategory(c)}>
                    {DEMAND_CATEGORIES[c]}
                  </Chip>
                ))}
              </ChipGroup>
            </Field>
            <Field label="紧急程度">
              <ChipGroup label="紧急程度" kind="radiogroup">
                {(Object.keys(URGENCIES) as Urgency[]).map((u) => (
                  <Chip key={u} role="radio" on={urgency === u} onPress={() => setUrgency(u)}>
                    {URGENCIES[u]}（{hours(u)} 工作小时）
                  </Chip>
                ))}
              </ChipGroup>
            </Field>
            <Text className="muted">办理时限按工作日计（法定节假日不计，调休上班日计入）</Text>
            <Field label="标题">
              <Input name="title" placeholder="一句话说明需要什么" value={title} onChange={setTitle} maxLength={60} />
            </Field>
            <Field label="详细描述">
              <Textarea
                className="ls-textarea"
                placeholder="背景、需要解决的问题、期望时间（至少 10 个字）"
                value={description}
                maxlength={2000}
                onInput={(e) => setDescription(e.detail.value)}
              />
            </Field>
            <Field label="联系人">
              <Input
                name="contactName"
                placeholder="姓名"
                value={contactName}
                onChange={setContactName}
                maxLength={20}
              />
            </Field>
            <Field label="联系电话">
              <Input
                name="contactPhone"
                placeholder="手机号或座机"
                value={contactPhone}
                onChange={setContactPhone}
                maxLength={16}
              />
            </Field>
            <AttachmentPicker value={attachments} onChange={setAttachments} />
            <Button type="primary" block onClick={submit}>
              提交诉求
            </Button>
          </View>
        )}
      </PageState>
    </Screen>
  )
}
