import { Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { AttachmentInput } from '../../../contract/demands'
import type { Visit } from '../../../contract/visits'
import { Choice } from '../../components/Choice'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction, useData } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { dayText, shanghaiDay } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import { Attachments } from './Attachments'
import { EnterprisePicker, type PickedEnterprise } from './EnterprisePicker'
import './demands.css'
import './contract'

const VISIT_TYPES = [
  ['done', '已走访，记录'],
  ['planned', '计划走访'],
] as const

/**
 * A visit: recorded ones show who was met, what was found, the photos and the demands filed from
 * it (with 代报 for another need found); a planned one, or a new one, is a form made for one
 * hand: the enterprise, the day, who was met, what was found, photos taken on the spot.
 */
export default function VisitPage() {
  const params = useRouter().params
  const id = params.id ? Number(params.id) : undefined
  const existing = useData<Visit | null>(
    () => (id ? call('demands', 'visit', { visitId: id }, { loading: false, toast: false }) : Promise.resolve(null)),
    [id],
  )
  const options = useAction('demands', 'options', {})
  const v = existing.data
  const form = !id || (v && v.can.includes('record'))
  return (
    <Screen className="demands">
      <PageState
        loading={existing.loading || options.loading}
        error={existing.error ?? options.error}
        onRetry={existing.reload}
        empty={!!options.data && options.data.intakeCommunities.length === 0 && !v}
        emptyText="只有社区社工可以记录走访"
      >
        {v && <VisitCard v={v} />}
        {form && options.data && options.data.intakeCommunities.length > 0 && (
          <VisitForm
            communityId={options.data.intakeCommunities[0].id}
            visit={v ?? undefined}
            initial={params.status === 'planned' ? 'planned' : 'done'}
            enterprise={
              params.enterpriseId
                ? { id: Number(params.enterpriseId), name: decodeURIComponent(params.name ?? '') }
                : undefined
            }
            onSaved={(saved) => {
              if (id) existing.set(saved)
              else Taro.redirectTo({ url: `/subpackages/demands/visit?id=${saved.id}` })
            }}
          />
        )}
      </PageState>
    </Screen>
  )
}

function VisitCard({ v }: { v: Visit }) {
  return (
    <View className="card">
      <Text className={`badge ${v.status === 'done' ? 'badge--ok' : ''}`}>{v.statusLabel}</Text>
      <Text className="item__title">{v.enterprise}</Text>
      <Text className="meta">
        {dayText(v.date)} · {v.community}
        {v.grid ?? ''} · {v.worker}
      </Text>
      {v.met && <Text className="meta">见到：{v.met}</Text>}
      {v.findings && <Text className="meta">发现：{v.findings}</Text>}
      <Attachments items={v.photos} />
      {v.demands.length > 0 && (
        <View {...roleProps('list')} aria-label="走访代报的诉求">
          {v.demands.map((d) => (
            <View key={d.id} {...roleProps('listitem')}>
              <Pressable
                className="link"
                role="link"
                onPress={() => Taro.navigateTo({ url: `/subpackages/demands/detail?id=${d.id}` })}
              >
                代报诉求：{d.title}（{d.statusLabel}）
              </Pressable>
            </View>
          ))}
        </View>
      )}
      {v.can.includes('file') && (
        <Button
          type="primary"
          block
          onClick={() =>
            Taro.navigateTo({
              url: `/subpackages/demands/file?visitId=${v.id}&enterpriseId=${v.enterpriseId}&name=${encodeURIComponent(v.enterprise)}`,
            })
          }
        >
          代报走访中发现的诉求
        </Button>
      )}
    </View>
  )
}

function VisitForm({
  communityId,
  visit,
  initial,
  enterprise,
  onSaved,
}: {
  communityId: number
  visit?: Visit
  initial: 'planned' | 'done'
  enterprise?: PickedEnterprise
  onSaved: (v: Visit) => void
}) {
  const today = shanghaiDay()
  const [picked, setPicked] = useState<PickedEnterprise | undefined>(
    visit ? { id: visit.enterpriseId, name: visit.enterprise } : enterprise,
  )
  const [status, setStatus] = useState<'planned' | 'done'>(visit ? 'done' : initial)
  const [date, setDate] = useState(visit && status === 'planned' ? visit.date : today)
  const [met, setMet] = useState('')
  const [findings, setFindings] = useState('')
  const [photos, setPhotos] = useState<AttachmentInput[]>([])
  const done = status === 'done'
  const save = async () => {
    if (!picked) return toast('请先选择企业')
    const saved = await call(
      'demands',
      'saveVisit',
      {
        ...(visit ? { visitId: visit.id } : {}),
        enterpriseId: picked.id,
        status,
        date,
        ...(done ? { met, findings, photos } : {}),
      },
      { loading: '正在保存' },
    ).catch(() => null)
    if (saved) {
      toast(done ? '走访已记录' : '已加入走访计划')
      onSaved(saved)
    }
  }
  return (
    <View className="card">
      <Text className="section-title">{visit ? '记录这次走访' : done ? '记录走访' : '计划走访'}</Text>
      {!visit && (
        <Choice
          label="类型"
          options={VISIT_TYPES}
          value={done ? 'done' : 'planned'}
          onChange={(type) => {
            setStatus(type)
            if (type === 'done') setDate(today)
          }}
        />
      )}
      {visit || enterprise ? (
        <Text className="meta">企业：{picked?.name}</Text>
      ) : (
        <EnterprisePicker communityId={communityId} value={picked} onChange={setPicked} />
      )}
      <Picker
        mode="date"
        value={date}
        {...(done ? { end: today } : { start: today })}
        onChange={(e) => setDate(e.detail.value)}
      >
        <View
          className="input row"
          {...roleProps('button')}
          aria-label={`${done ? '走访日期' : '计划日期'}：${dayText(date)}（${date}）`}
        >
          {done ? '走访日期' : '计划日期'}：{dayText(date)}
        </View>
      </Picker>
      {done && (
        <>
          <Field label="见到的人（姓名、职务）">
            <Input name="met" placeholder="如：张建国 总经理" value={met} onChange={setMet} maxLength={200} />
          </Field>
          <Field label="走访发现">
            <Textarea
              className="ls-textarea"
              placeholder="经营情况、困难和需求（每条需求可在保存后代报为诉求）"
              value={findings}
              maxlength={2000}
              onInput={(e) => setFindings(e.detail.value)}
            />
          </Field>
          <AttachmentPicker value={photos} onChange={setPhotos} />
        </>
      )}
      <Button type="primary" block onClick={save}>
        {done ? '保存走访记录' : '加入走访计划'}
      </Button>
    </View>
  )
}
