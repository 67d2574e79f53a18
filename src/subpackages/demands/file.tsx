import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import {
  DEMAND_CATEGORIES,
  URGENCIES,
  type AttachmentInput,
  type DemandCategory,
  type Urgency,
} from '../../../contract/demands'
import { Choice, optionsOf } from '../../components/Choice'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { call, type CallError } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import { EnterprisePicker, type PickedEnterprise } from './EnterprisePicker'
import { DEMAND_CHANNELS, type DemandChannel } from '../../../contract/visits'
import './demands.css'
import { Screen } from '../../components/Screen'
import './contract'

type Options = Awaited<ReturnType<typeof call<'demands', 'options'>>>
type Alike = Awaited<ReturnType<typeof call<'demands', 'similarOnFile'>>>
type Required = 'title' | 'description' | 'contactName' | 'contactPhone'

/** The same rules the server checks, on the page: every missing field is marked at once. */
function missing(f: Record<Required, string>): Partial<Record<Required, string>> {
  const out: Partial<Record<Required, string>> = {}
  if (f.title.trim().length < 4) out.title = '标题至少 4 个字'
  if (f.description.trim().length < 10) out.description = '请把诉求描述清楚（至少 10 个字）'
  if (!f.contactName.trim()) out.contactName = '请填写联系人'
  if (!/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/.test(f.contactPhone.trim())) out.contactPhone = '联系电话应为手机号或座机号'
  return out
}

/** A field's error under it, read out with the field (aria-describedby is not kept by Taro's inputs). */
function FieldError({ text }: { text?: string }) {
  if (!text) return null
  return (
    <View className="field__error" role="alert">
      {text}
    </View>
  )
}

/**
 * 企业点单: category, urgency, what is needed, photos and files; the contact is the account's (one
 * line with 修改, fields only when the account lacks it, it is wrong or being changed). A 社工 gets 代企业提交
 * instead: the enterprise (searched in their community, or the visited one when opened from a
 * visit record) and how the need came in (走访/来电/来访); the enterprise's liaison confirms it.
 */
export default function FileDemand() {
  const params = useRouter().params
  const fromVisit = params.visitId ? Number(params.visitId) : undefined
  const [options, setOptions] = useState<Options>()
  const [picked, setPicked] = useState<PickedEnterprise | undefined>(
    params.enterpriseId ? { id: Number(params.enterpriseId), name: decodeURIComponent(params.name ?? '') } : undefined,
  )
  const [channel, setChannel] = useState<DemandChannel>(fromVisit ? 'visit' : 'phone')
  const [error, setError] = useState<CallError>()
  const [enterpriseId, setEnterpriseId] = useState<number>()
  // A page may open this one prefilled (全链共享's projects: ?category=land&title=参加「共享仓储」).
  const [category, setCategory] = useState<DemandCategory>(
    params.category && params.category in DEMAND_CATEGORIES ? (params.category as DemandCategory) : 'hiring',
  )
  const [urgency, setUrgency] = useState<Urgency>('normal')
  const [title, setTitle] = useState(params.title ? decodeURIComponent(params.title).slice(0, 40) : '')
  const [description, setDescription] = useState('')
  const [contactName, setContactName] = useState('')
  const [contactPhone, setContactPhone] = useState('')
  const [attachments, setAttachments] = useState<AttachmentInput[]>([])
  const [errors, setErrors] = useState<Partial<Record<Required, string>>>({})
  // The contact comes from the account: shown as one line with 修改, not asked again as two fields.
  const [editContact, setEditContact] = useState(false)
  const [due, setDue] = useState<string>()

  useDidShow(() => {
    call('demands', 'options', {}, { loading: false, toast: false }).then((o) => {
      setOptions(o)
      setEnterpriseId((id) => id ?? o.enterprises[0]?.id)
      // Asked once: the account's name and phone, still editable (代报: the enterprise's contact instead).
      if (o.enterprises.length) {
        setContactName((n) => n || o.contact?.name || '')
        setContactPhone((p) => p || o.contact?.phone || '')
      }
    }, setError)
  })
  const liaison = !!options?.enterprises.length
  const onBehalf = !liaison && !!options?.intakeCommunities.length
  const contactFields =
    editContact ||
    !liaison ||
    !options?.contact?.name ||
    !options.contact.phone ||
    !!errors.contactName ||
    !!errors.contactPhone
  // The deadline a demand filed now would get, from the server's working calendar.
  useEffect(() => {
    if (!liaison && !onBehalf) return
    let current = true
    setDue(undefined)
    call('demands', 'dueDatePreview', { urgency, category }, { loading: false, toast: false }).then(
      (d) => current && setDue(d.text),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [urgency, category, liaison, onBehalf])
  // While writing: the enterprise's own open demands like this one (follow that one instead of
  // filing twice) and how many of other enterprises' the community is already handling.
  const [alike, setAlike] = useState<Alike>()
  useEffect(() => {
    const target = onBehalf ? picked?.id : enterpriseId
    if (!target || title.trim().length < 4) return setAlike(undefined)
    let current = true
    const t = setTimeout(() => {
      call(
        'demands',
        'similarOnFile',
        { enterpriseId: target, title, description },
        { loading: false, toast: false },
      ).then(
        (a) => current && setAlike(a),
        () => undefined,
      )
    }, 600)
    return () => {
      current = false
      clearTimeout(t)
    }
  }, [enterpriseId, picked, onBehalf, title, description])
  /** Working days (8 working hours each) allowed for an urgency in the chosen category. */
  const days = (u: Urgency) => {
    const row = options?.sla.find((s) => s.urgency === u)
    if (!row) return ''
    return (options!.slowCategories.includes(category) ? row.slowHours : row.hours) / 8
  }
  const fix = (k: Required, set: (v: string) => void) => (v: string) => {
    set(v)
    if (errors[k]) setErrors((e) => ({ ...e, [k]: undefined }))
  }
  const submit = async () => {
    const target = onBehalf ? picked?.id : enterpriseId
    if (!target) {
      toast('请先选择企业')
      return
    }
    const wrong = missing({ title, description, contactName, contactPhone })
    setErrors(wrong)
    const n = Object.keys(wrong).length
    if (n) {
      toast(`还有 ${n} 项需要填写或改正，已标出`)
      return
    }
    const d = await call(
      'demands',
      'file',
      {
        enterpriseId: target,
        ...(onBehalf ? { channel, ...(channel === 'visit' && fromVisit ? { visitId: fromVisit } : {}) } : {}),
        category,
        urgency,
        title,
        description,
        contactName,
        contactPhone,
        attachments,
      },
      { loading: '正在提交' },
    ).catch(() => null)
    if (d) {
      toast(onBehalf ? '已代企业提交，企业联络员会收到确认提醒' : '已提交，网格社工会尽快处理')
      Taro.redirectTo({ url: `/subpackages/demands/detail?id=${d.id}` })
    }
  }

  return (
    <Screen className="demands">
      <PageState
        loading={!options && !error}
        error={error}
        empty={options?.enterprises.length === 0 && options?.intakeCommunities.length === 0}
        emptyText="只有企业联络员或社区社工可以提交诉求"
      >
        {options && (
          <View className="card">
            {onBehalf && (
              <>
                <Text className="section-title">代企业提交（代报）</Text>
                <Choice
                  label="诉求来源"
                  options={(['visit', 'phone', 'walk_in'] as const)
                    .filter((c) => c !== 'visit' || fromVisit)
                    .map((c) => [c, DEMAND_CHANNELS[c]] as const)}
                  value={channel}
                  onChange={setChannel}
                />
                {fromVisit && picked ? (
                  <Text className="meta">走访企业：{picked.name}</Text>
                ) : (
                  <EnterprisePicker communityId={options.intakeCommunities[0].id} value={picked} onChange={setPicked} />
                )}
                <Text className="muted">提交后企业联络员会收到提醒，可确认或更正内容</Text>
              </>
            )}
            {options.enterprises.length > 1 && (
              <Choice
                label="企业"
                options={options.enterprises.map((e) => [e.id, e.name] as const)}
                value={enterpriseId ?? null}
                onChange={(id) => setEnterpriseId(id ?? undefined)}
              />
            )}
            {options.enterprises.length === 1 && (
              <Text className="meta">
                {options.enterprises[0].name} · {options.enterprises[0].community}
                {options.enterprises[0].grid ?? ''}
              </Text>
            )}
            <Choice label="诉求类别" options={optionsOf(DEMAND_CATEGORIES)} value={category} onChange={setCategory} />
            <Choice
              label="紧急程度"
              options={(Object.keys(URGENCIES) as Urgency[]).map(
                (u) => [u, `${URGENCIES[u]}（${days(u)} 个工作日）`] as const,
              )}
              value={urgency}
              onChange={setUrgency}
            />
            <View className="demand-due" role="status" aria-label="办结期限">
              {due ? `现在提交：${due}` : '正在计算办结期限…'}
            </View>
            <Text className="muted">办理时限按工作日计（每天 9:00–17:00，法定节假日不计，调休上班日计入）</Text>
            <View className={errors.title ? 'field--invalid' : ''}>
              <Field label="标题">
                <Input
                  name="title"
                  placeholder="一句话说明需要什么"
                  value={title}
                  onChange={fix('title', setTitle)}
                  maxLength={60}
                />
              </Field>
              <FieldError text={errors.title} />
            </View>
            <View className={errors.description ? 'field--invalid' : ''}>
              <Field label="详细描述">
                <Textarea
                  className="ls-textarea"
                  placeholder="背景、需要解决的问题、期望时间（至少 10 个字）"
                  value={description}
                  maxlength={2000}
                  onInput={(e) => fix('description', setDescription)(e.detail.value)}
                />
              </Field>
              <FieldError text={errors.description} />
            </View>
            {alike && (alike.own.length > 0 || alike.othersInCommunity > 0) && (
              <View className="demand-alike" role="status" aria-label="相似诉求">
                {alike.own.length > 0 && <Text className="demand-alike__title">你们已有相似的诉求在办理</Text>}
                {alike.own.map((d) => (
                  <Pressable
                    key={d.id}
                    role="link"
                    className="demand-alike__item"
                    onPress={() => Taro.navigateTo({ url: `/subpackages/demands/detail?id=${d.id}` })}
                  >
                    <Text>
                      #{d.id} {d.title}（{d.status}）
                    </Text>
                    <Text className="muted">{d.reason}，可在原诉求里补充或催办 ›</Text>
                  </Pressable>
                ))}
                {alike.othersInCommunity > 0 && (
                  <Text className="muted">
                    本社区已有 {alike.othersInCommunity} 条相似的诉求在办理；仍可提交，社工会合并处理。
                  </Text>
                )}
              </View>
            )}
            {!contactFields && (
              <View className="demand-contact row" role="group" aria-label="联系方式">
                <Text className="grow">
                  联系人：{contactName} · {contactPhone}
                  <Text className="muted">（来自账号）</Text>
                </Text>
                <Pressable className="demand-contact__edit" onPress={() => setEditContact(true)}>
                  修改联系方式
                </Pressable>
              </View>
            )}
            {contactFields && (
              <>
                <View className={errors.contactName ? 'field--invalid' : ''}>
                  <Field label="联系人">
                    <Input
                      name="contactName"
                      placeholder="姓名"
                      value={contactName}
                      onChange={fix('contactName', setContactName)}
                      maxLength={20}
                    />
                  </Field>
                  <FieldError text={errors.contactName} />
                </View>
                <View className={errors.contactPhone ? 'field--invalid' : ''}>
                  <Field label="联系电话">
                    <Input
                      name="contactPhone"
                      placeholder="手机号或座机"
                      value={contactPhone}
                      onChange={fix('contactPhone', setContactPhone)}
                      maxLength={16}
                    />
                  </Field>
                  <FieldError text={errors.contactPhone} />
                </View>
              </>
            )}
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
