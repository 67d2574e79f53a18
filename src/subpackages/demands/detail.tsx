import { Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { InputOf } from '../../../contract'
import type { AttachmentInput, DemandAction, DemandDetail } from '../../../contract/demands'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { roleProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { toast } from '../../services/toast'
import { dayText, shanghaiDay } from '../../services/time'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import { Attachments } from './Attachments'
import { fivePm, when } from './format'
import './demands.css'
import { Screen } from '../../components/Screen'
import { Stars } from '../../components/Stars'
import './contract'

type Options = Awaited<ReturnType<typeof call<'demands', 'options'>>>
type Match = Awaited<ReturnType<typeof call<'demands', 'matches'>>>['items'][number]

const SENDING = { loading: '正在提交' }

/** A step's call through the contract: the demand, the text written and any files; answers the demand anew. */
type Send = (demandId: number, text: string, attachments: AttachmentInput[]) => Promise<DemandDetail>
const SEND: Partial<Record<DemandAction, Send>> = {
  provideInfo: (demandId, answer, attachments) =>
    call('demands', 'provideInfo', { demandId, answer, attachments }, SENDING),
  requestInfo: (demandId, question) => call('demands', 'requestInfo', { demandId, question }, SENDING),
  solve: (demandId, result) => call('demands', 'solve', { demandId, result }, SENDING),
  progress: (demandId, note, attachments) => call('demands', 'progress', { demandId, note, attachments }, SENDING),
  proposeClosure: (demandId, result, attachments) =>
    call('demands', 'proposeClosure', { demandId, result, attachments }, SENDING),
  rejectClosure: (demandId, reason) => call('demands', 'rejectClosure', { demandId, reason }, SENDING),
  returnToCommunity: (demandId, reason) => call('demands', 'returnToCommunity', { demandId, reason }, SENDING),
  reopen: (demandId, reason) => call('demands', 'reopen', { demandId, reason }, SENDING),
  urge: (demandId, note) => call('demands', 'urge', { demandId, note }, SENDING),
  relay: (demandId, note) => call('demands', 'relay', { demandId, note }, SENDING),
}

/** One text field and a button: the steps that need a note, a reason or a result. */
const TEXT_STEPS: Partial<
  Record<DemandAction, { title: string; placeholder: string; button: string; files?: boolean; danger?: boolean }>
> = {
  provideInfo: { title: '补充材料', placeholder: '补充说明', button: '提交补充', files: true },
  requestInfo: {
    title: '请企业补充材料（计时暂停）',
    placeholder: '需要补充什么',
    button: '请企业补充',
  },
  solve: { title: '社区直接解决', placeholder: '用社区资源解决的结果', button: '直接办结' },
  progress: { title: '办理进展', placeholder: '进展情况', button: '提交进展', files: true },
  proposeClosure: {
    title: '申请办结',
    placeholder: '办理结果（必填）',
    button: '申请办结',
    files: true,
  },
  rejectClosure: {
    title: '不认可办结',
    placeholder: '不认可的原因',
    button: '不认可，继续办理',
    danger: true,
  },
  returnToCommunity: { title: '退回社区', placeholder: '退回原因', button: '退回', danger: true },
  reopen: {
    title: '退回重办（办结后 15 天内）',
    placeholder: '重办原因',
    button: '退回重办',
    danger: true,
  },
  urge: { title: '督办', placeholder: '督办意见', button: '督办' },
  relay: { title: '传单（党建指导员）', placeholder: '传单意见，转交网格社工', button: '传单' },
}

type Corrections = Omit<InputOf<'demands', 'confirmOnBehalf'>, 'demandId'>

/** 代报: the liaison confirms what a 社工 took down, or corrects its words first. */
function ConfirmOnBehalf({ d, onDone }: { d: DemandDetail; onDone: (input: Corrections) => void }) {
  const [editing, setEditing] = useState(false)
  const [title, setTitle] = useState(d.title)
  const [description, setDescription] = useState(d.description)
  const [contactName, setContactName] = useState(d.contactName)
  const [contactPhone, setContactPhone] = useState(d.contactPhone)
  if (!editing)
    return (
      <View className="row-buttons">
        <Button type="primary" onClick={() => onDone({})}>
          确认代报内容无误
        </Button>
        <Button fill="outline" onClick={() => setEditing(true)}>
          更正内容
        </Button>
      </View>
    )
  const changed = (a: string, b: string) => (a.trim() !== b ? a.trim() : undefined)
  return (
    <View className="field">
      <Field label="标题">
        <Input name="title" value={title} onChange={setTitle} maxLength={60} />
      </Field>
      <Field label="详细描述">
        <Textarea
          className="ls-textarea"
          value={description}
          maxlength={2000}
          onInput={(e) => setDescription(e.detail.value)}
        />
      </Field>
      <Field label="联系人">
        <Input name="contactName" value={contactName} onChange={setContactName} maxLength={20} />
      </Field>
      <Field label="联系电话">
        <Input name="contactPhone" value={contactPhone} onChange={setContactPhone} maxLength={16} />
      </Field>
      <Button
        type="primary"
        onClick={() =>
          onDone(
            Object.fromEntries(
              Object.entries({
                title: changed(title, d.title),
                description: changed(description, d.description),
                contactName: changed(contactName, d.contactName),
                contactPhone: changed(contactPhone, d.contactPhone),
              }).filter(([, v]) => v !== undefined),
            ),
          )
        }
      >
        提交更正
      </Button>
    </View>
  )
}

function TextStep({
  action,
  onDone,
}: {
  action: DemandAction
  onDone: (text: string, attachments: AttachmentInput[]) => void
}) {
  const step = TEXT_STEPS[action]!
  const [text, setText] = useState('')
  const [files, setFiles] = useState<AttachmentInput[]>([])
  return (
    <View className="field">
      <Field label={step.title}>
        <Textarea
          className="ls-textarea"
          placeholder={step.placeholder}
          value={text}
          maxlength={500}
          onInput={(e) => setText(e.detail.value)}
        />
      </Field>
      {step.files && <AttachmentPicker value={files} onChange={setFiles} />}
      <Button
        type={step.danger ? 'danger' : 'primary'}
        fill={step.danger ? 'outline' : 'solid'}
        onClick={() => onDone(text, step.files ? files : [])}
      >
        {step.button}
      </Button>
    </View>
  )
}

/** A demand: where it is, who holds it by when, every step so far, and what the asker may do now. */
export default function DemandDetailPage() {
  const id = Number(useRouter().params.id)
  const [d, setD] = useState<DemandDetail>()
  const [error, setError] = useState<CallError>()
  const [options, setOptions] = useState<Options>()
  const [departments, setDepartments] = useState<number[]>([])
  const [deadline, setDeadline] = useState<string>()
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  const [intoId, setIntoId] = useState('')
  const [matches, setMatches] = useState<Match[]>()

  const load = async () => {
    setError(undefined)
    try {
      const detail = await call('demands', 'detail', { demandId: id }, { loading: false, toast: false })
      setD(detail)
      if (detail.can.includes('dispatch') && !options)
        setOptions(await call('demands', 'options', {}, { loading: false, toast: false }))
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())

  /** A step sent through the contract (call('demands', …) typed by its action); each answers the demand anew. */
  const act = async (sent: Promise<DemandDetail>, done = '已提交') => {
    const r = await sent.catch(() => null)
    if (r) {
      setD(r)
      setMatches(undefined)
      toast(done)
    }
  }
  // Whether the deadline has passed is the server's answer (its clock, its working calendar), not the phone's.
  const defaultDeadline = d?.dueAt && !d.overdue ? shanghaiDay(new Date(d.dueAt)) : undefined
  const chosenDeadline = deadline ?? defaultDeadline

  return (
    <Screen className="demands">
      <PageState loading={!d && !error} error={error} onRetry={load}>
        {d && (
          <>
            <View className="card">
              <View>
                <Text className={`badge ${d.status === 'closed' ? 'badge--ok' : ''}`}>{d.statusLabel}</Text>
                <Text className="badge">{d.categoryLabel}</Text>
                <Text className={`badge ${d.urgency !== 'normal' ? 'badge--warn' : ''}`}>{d.urgencyLabel}</Text>
                {d.overdue && <Text className="badge badge--warn">已逾期</Text>}
                {d.escalated && <Text className="badge badge--warn">街道督办</Text>}
                {d.paused && <Text className="badge">等企业补充，计时暂停</Text>}
                {d.onBehalf && <Text className="badge badge--warn">代报·{d.onBehalf.channelLabel}</Text>}
              </View>
              <Text className="item__title">{d.title}</Text>
              <Text className="meta">
                {d.enterprise} · {d.community}
                {d.grid ?? ''} · 提交于 {when(d.filedAt)}
              </Text>
              <Text className="meta holder">
                当前：{d.holder}
                {d.dueAt ? `，时限 ${when(d.dueAt)}` : ''}
              </Text>
              {d.dueNote && <Text className="meta">{d.dueNote}</Text>}
              {d.onBehalf && (
                <Text className="meta">
                  由{d.onBehalf.filer}
                  {d.onBehalf.channel === 'visit' ? '走访时' : d.onBehalf.channel === 'phone' ? '接来电' : '接来访'}
                  代企业提交
                  {d.onBehalf.confirmedAt ? `，企业已于 ${when(d.onBehalf.confirmedAt)} 确认` : '，待企业确认'}
                </Text>
              )}
              <Text className="meta">{d.description}</Text>
              <View className="row contact">
                <Text className="meta grow">
                  联系人：{d.contactName} {d.contactPhone}
                </Text>
                {d.contactPhone && (
                  <Button
                    size="small"
                    fill="outline"
                    onClick={() => Taro.makePhoneCall({ phoneNumber: d.contactPhone })}
                  >
                    拨打电话
                  </Button>
                )}
              </View>
              <Attachments items={d.attachments} />
              {d.result && <Text className="meta">办理结果：{d.result}</Text>}
              {d.resource && (
                <Text className="meta">
                  对接资源：{d.resource.title}（{d.resource.provider}）
                </Text>
              )}
              {d.rating !== null && (
                <Text className="meta">
                  评价：{'★'.repeat(d.rating)}
                  {d.ratingComment ? ` ${d.ratingComment}` : ''}
                </Text>
              )}
              {d.mergedInto && (
                <Pressable
                  className="link"
                  role="link"
                  onPress={() => Taro.navigateTo({ url: `/subpackages/demands/detail?id=${d.mergedInto}` })}
                >
                  已并入诉求 #{d.mergedInto}，查看
                </Pressable>
              )}
            </View>

            {d.assignments.length > 0 && (
              <View className="card">
                <Text className="section-title">派单</Text>
                {d.assignments.map((a, i) => (
                  <Text key={i} className="meta">
                    {a.department}
                    {a.lead ? '（首接）' : ''} · {a.statusLabel} · 时限 {when(a.deadline)}
                    {a.reason ? ` · 退回原因：${a.reason}` : ''}
                  </Text>
                ))}
              </View>
            )}

            {d.can.length > 0 && (
              <View className="card actions">
                <Text className="section-title">办理</Text>
                {d.can.includes('confirmOnBehalf') && (
                  <ConfirmOnBehalf
                    d={d}
                    onDone={(input) =>
                      act(call('demands', 'confirmOnBehalf', { demandId: id, ...input }, SENDING), '已确认')
                    }
                  />
                )}
                {d.can.includes('accept') && (
                  <Button
                    type="primary"
                    onClick={() => act(call('demands', 'accept', { demandId: id }, SENDING), '已接单')}
                  >
                    接单
                  </Button>
                )}
                {d.can.includes('toPosting') && (
                  <Button
                    onClick={() =>
                      Taro.navigateTo({
                        url: `/subpackages/jobs/post?demandId=${d.id}&enterpriseId=${d.enterpriseId}`,
                      })
                    }
                  >
                    转为招聘岗位
                  </Button>
                )}
                {d.can.includes('confirmClosure') && (
                  <Button
                    type="primary"
                    onClick={() => act(call('demands', 'confirmClosure', { demandId: id }, SENDING), '已确认办结')}
                  >
                    确认办结
                  </Button>
                )}
                {d.can.includes('dispatch') && options && (
                  <View className="field">
                    <Text className="field__label">社区派单：承办部门（可多选）</Text>
                    <ChipGroup label="承办部门">
                      {options.departments.map((x) => (
                        <Chip
                          key={x.id}
                          on={departments.includes(x.id)}
                          onPress={() =>
                            setDepartments(
                              departments.includes(x.id)
                                ? departments.filter((y) => y !== x.id)
                                : [...departments, x.id],
                            )
                          }
                        >
                          {x.name}
                        </Chip>
                      ))}
                    </ChipGroup>
                    <Picker
                      mode="date"
                      value={chosenDeadline ?? ''}
                      start={shanghaiDay(new Date())}
                      onChange={(e) => setDeadline(e.detail.value)}
                    >
                      <View className="input row" {...roleProps('button')}>
                        办理时限：{chosenDeadline ? `${dayText(chosenDeadline)} 17:00` : '请选择日期'}
                      </View>
                    </Picker>
                    <Button
                      type="primary"
                      disabled={departments.length === 0 || !chosenDeadline}
                      why={departments.length === 0 ? '先选择承办部门' : '先选择办结时限'}
                      onClick={() =>
                        act(
                          call(
                            'demands',
                            'dispatch',
                            { demandId: id, departmentIds: departments, deadline: fivePm(chosenDeadline!) },
                            SENDING,
                          ),
                          '已派单',
                        )
                      }
                    >
                      派单
                    </Button>
                  </View>
                )}
                {(Object.keys(TEXT_STEPS) as DemandAction[])
                  .filter((a) => d.can.includes(a))
                  .map((a) => (
                    <TextStep key={a} action={a} onDone={(text, files) => act(SEND[a]!(id, text, files))} />
                  ))}
                {d.can.includes('rate') && (
                  <View className="field">
                    <Text className="field__label">评价（1–5 星，仅一次）</Text>
                    <Stars label="评分" unit="星" value={rating} onChange={setRating} />
                    <Field label="评价内容（选填）">
                      <Input
                        name="comment"
                        placeholder="说说办理得怎么样"
                        value={comment}
                        onChange={setComment}
                        maxLength={300}
                      />
                    </Field>
                    <Button
                      type="primary"
                      disabled={rating === 0}
                      why="先点星星打分"
                      onClick={() =>
                        act(
                          call('demands', 'rate', { demandId: id, rating, ...(comment ? { comment } : {}) }, SENDING),
                          '感谢评价',
                        )
                      }
                    >
                      提交评价
                    </Button>
                  </View>
                )}
                {d.can.includes('merge') && (
                  <View className="field">
                    <Field label="合并重复诉求：并入诉求编号">
                      <Input name="intoId" type="number" placeholder="如 128" value={intoId} onChange={setIntoId} />
                    </Field>
                    {d.possibleDuplicates.map((x) => (
                      <Pressable
                        key={x.id}
                        className="muted"
                        label={`填入诉求 #${x.id}「${x.title}」`}
                        onPress={() => setIntoId(String(x.id))}
                      >
                        <Text>
                          {x.reason}（{x.title}）
                        </Text>
                      </Pressable>
                    ))}
                    <Button
                      fill="outline"
                      disabled={!Number(intoId)}
                      why="填写要合并到的诉求编号"
                      onClick={() =>
                        act(call('demands', 'merge', { demandId: id, intoId: Number(intoId) }, SENDING), '已合并')
                      }
                    >
                      合并
                    </Button>
                  </View>
                )}
                {d.can.includes('link') && (
                  <View className="field">
                    <Button
                      fill="outline"
                      onClick={async () =>
                        setMatches((await call('demands', 'matches', { demandId: id }).catch(() => null))?.items ?? [])
                      }
                    >
                      匹配社区所能
                    </Button>
                    {matches?.length === 0 && <Text className="muted">没有找到合适的资源</Text>}
                    {!!matches?.length && (
                      <View {...roleProps('list')} aria-label="可对接的社区所能">
                        {matches.map((m) => (
                          <View
                            key={m.resourceId}
                            className="card item"
                            {...roleProps('listitem')}
                            aria-label={m.title}
                          >
                            <Text className="item__title">{m.title}</Text>
                            <Text className="meta">
                              {m.kindLabel} · {m.provider} · {m.reasons.join(' · ')}
                            </Text>
                            <Button
                              size="small"
                              fill="outline"
                              onClick={() =>
                                act(
                                  call('demands', 'linkDemand', { demandId: id, resourceId: m.resourceId }, SENDING),
                                  '已对接',
                                )
                              }
                            >
                              对接「{m.title}」
                            </Button>
                          </View>
                        ))}
                      </View>
                    )}
                  </View>
                )}
              </View>
            )}

            <View className="card">
              <Text className="section-title">办理进程</Text>
              <View {...roleProps('list')} aria-label="办理进程">
                {d.timeline.map((e) => (
                  <View key={e.id} className="timeline__entry" {...roleProps('listitem')}>
                    <Text className="timeline__label">
                      {e.label} · {when(e.at)}
                    </Text>
                    <Text className="meta">{e.actor}</Text>
                    {e.note && <Text className="meta">{e.note}</Text>}
                    {e.holder && (
                      <Text className="meta">
                        → {e.holder}
                        {e.dueAt ? `（时限 ${when(e.dueAt)}）` : ''}
                      </Text>
                    )}
                    <Attachments items={e.attachments} />
                  </View>
                ))}
              </View>
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
