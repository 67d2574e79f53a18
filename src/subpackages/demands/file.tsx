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
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import './demands.css'
import { Screen } from '../../components/Screen'

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
      Taro.showToast({ title: '已提交，网格社工会尽快处理', icon: 'none' })
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
              <View className="field">
                <Text className="field__label">企业</Text>
                <View className="chips" role="radiogroup" aria-label="企业">
                  {options.enterprises.map((e) => (
                    <View
                      key={e.id}
                      role="radio"
                      aria-checked={enterpriseId === e.id}
                      className={`chip ${enterpriseId === e.id ? 'chip--on' : ''}`}
                      onClick={() => setEnterpriseId(e.id)}
                    >
                      {e.name}
                    </View>
                  ))}
                </View>
              </View>
            )}
            {options.enterprises.length === 1 && (
              <Text className="meta">
                {options.enterprises[0].name} · {options.enterprises[0].community}
                {options.enterprises[0].grid ?? ''}
              </Text>
            )}
            <View className="field">
              <Text className="field__label">诉求类别</Text>
              <View className="chips" role="radiogroup" aria-label="诉求类别">
                {(Object.keys(DEMAND_CATEGORIES) as DemandCategory[]).map((c) => (
                  <View
                    key={c}
                    role="radio"
                    aria-checked={category === c}
                    className={`chip ${category === c ? 'chip--on' : ''}`}
                    onClick={() => setCategory(c)}
                  >
                    {DEMAND_CATEGORIES[c]}
                  </View>
                ))}
              </View>
            </View>
            <View className="field">
              <Text className="field__label">紧急程度</Text>
              <View className="chips" role="radiogroup" aria-label="紧急程度">
                {(Object.keys(URGENCIES) as Urgency[]).map((u) => (
                  <View
                    key={u}
                    role="radio"
                    aria-checked={urgency === u}
                    className={`chip ${urgency === u ? 'chip--on' : ''}`}
                    onClick={() => setUrgency(u)}
                  >
                    {URGENCIES[u]}（{hours(u)} 工作小时）
                  </View>
                ))}
              </View>
              <Text className="muted">办理时限按工作日计（法定节假日不计，调休上班日计入）</Text>
            </View>
            <View className="field">
              <Text className="field__label">标题</Text>
              <Input
                name="title"
                aria-label="诉求标题"
                placeholder="一句话说明需要什么"
                value={title}
                onChange={setTitle}
                maxLength={60}
              />
            </View>
            <View className="field">
              <Text className="field__label">详细描述</Text>
              <Textarea
                className="textarea"
                aria-label="详细描述"
                placeholder="背景、需要解决的问题、期望时间（至少 10 个字）"
                value={description}
                maxlength={2000}
                onInput={(e) => setDescription(e.detail.value)}
              />
            </View>
            <View className="field">
              <Text className="field__label">联系人</Text>
              <Input
                name="contactName"
                aria-label="联系人"
                placeholder="姓名"
                value={contactName}
                onChange={setContactName}
                maxLength={20}
              />
              <Input
                name="contactPhone"
                aria-label="联系电话"
                placeholder="手机号或座机"
                value={contactPhone}
                onChange={setContactPhone}
                maxLength={16}
              />
            </View>
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
