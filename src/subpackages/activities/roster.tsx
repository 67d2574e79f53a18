import { View, Text, Picker } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { REGISTRATION_STATUS } from '../../../contract/activities'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { announce, roleProps } from '../../platform/a11y'
import { useAction } from '../../hooks/useAction'
import { saveTextFile } from '../../platform/save-file'
import { canScan, scanCode } from '../../platform/scan'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { addDays, dayText, shanghaiDay, shanghaiInstant } from '../../services/time'
import './activities.css'
import { toast } from '../../services/toast'
import './contract'

/** Organizer: counts, check-in by code or scan, approvals, the roster and its CSV. */
export default function Roster() {
  const { params } = useRouter()
  const id = Number(params.id)
  const roster = useAction('activities', 'roster', { id })
  const [code, setCode] = useState('')
  const [last, setLast] = useState<string>()
  const [reason, setReason] = useState('')

  const checkIn = async (raw = code) => {
    if (!raw.trim()) return
    const r = await call('activities', 'checkIn', { id, code: raw.trim() }, { loading: '正在签到' }).catch(() => null)
    if (r) {
      const said = `${r.name} 签到成功（${r.seats} 人）${r.checkedInAt}`
      setLast(said)
      announce(said)
      setCode('')
      void roster.reload()
    }
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await checkIn(text)
  }
  const review = async (registrationId: number, approve: boolean) => {
    const r = await call(
      'activities',
      'review',
      { registrationId, approve, ...(reason ? { reason } : {}) },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) void roster.reload()
  }
  const exportCsv = async () => {
    const r = await call('activities', 'exportRoster', { id }, { loading: '正在导出' }).catch(() => null)
    if (r) {
      await saveTextFile(r.filename, r.csv)
      toast(`已导出 ${r.rows} 人`)
    }
  }
  const [newDate, setNewDate] = useState(() => addDays(shanghaiDay(), 7))
  const [newTime, setNewTime] = useState('14:00')
  const [why, setWhy] = useState('')
  const change = async (kind: 'reschedule' | 'cancel' | 'duplicate') => {
    const detail = await call('activities', 'detail', { id }, { loading: false }).catch(() => null)
    if (!detail) return
    const startsAt = shanghaiInstant(newDate, newTime)
    const endsAt = new Date(
      new Date(startsAt).getTime() + (new Date(detail.endsAt).getTime() - new Date(detail.startsAt).getTime()),
    ).toISOString()
    if (kind !== 'duplicate') {
      const ok = await Taro.showModal({
        title: kind === 'cancel' ? '取消这个活动？' : `改到 ${dayText(newDate)} ${newTime}？`,
        content: '所有报名和候补的人都会收到通知',
      })
      if (!ok.confirm) return
    }
    if (kind === 'reschedule') {
      const r = await call(
        'activities',
        'reschedule',
        { id, startsAt, endsAt, reason: why },
        { loading: '正在改期' },
      ).catch(() => null)
      if (r) toast(`已通知 ${r.notified} 人`)
    } else if (kind === 'cancel') {
      const r = await call('activities', 'cancelActivity', { id, reason: why }, { loading: '正在取消' }).catch(
        () => null,
      )
      if (r) toast(`已取消，通知 ${r.notified} 人`)
    } else {
      const r = await call('activities', 'duplicate', { id, startsAt }, { loading: '正在复制' }).catch(() => null)
      if (r) void Taro.navigateTo({ url: `/subpackages/activities/detail?id=${r.id}` })
    }
    void roster.reload()
  }
  const d = roster.data
  return (
    <Screen className="activities">
      <View className="card">
        <Text className="section-title">签到</Text>
        <Field label="报名码">
          <Input name="code" value={code} onChange={(v) => setCode(v.toUpperCase())} maxLength={60} />
        </Field>
        <View className="row activity-actions">
          <Button type="primary" disabled={!code.trim()} why="输入或扫描报名码后签到" onClick={() => checkIn()}>
            签到
          </Button>
          {canScan && (
            <Button fill="outline" onClick={scan}>
              扫码签到
            </Button>
          )}
        </View>
        {last && (
          <View className="activity-seats" role="status">
            {last}
          </View>
        )}
      </View>
      <PageState loading={roster.loading && !d} error={roster.error} onRetry={roster.reload}>
        {d && (
          <View className="card">
            <Text className="section-title">{d.title}</Text>
            <Text className="muted activity-line">
              已报名 {d.counts.registered} · 候补 {d.counts.waitlisted} · 待审核 {d.counts.pending} · 已签到{' '}
              {d.counts.checkedIn}
              {d.phonesMasked ? ' · 手机号已脱敏' : ''}
            </Text>
            {d.counts.pending > 0 && (
              <Field label="不通过的原因（不通过时必填）">
                <Input name="reason" value={reason} onChange={setReason} maxLength={100} />
              </Field>
            )}
            <View role="list" aria-label="报名名单">
              {d.rows.map((r) => (
                <View key={r.registrationId} role="listitem" className="activity-row">
                  <Text>
                    {r.name} {r.phone} · {REGISTRATION_STATUS[r.status]}
                    {r.position ? ` 第 ${r.position} 位` : ''}
                    {r.seats > 1 ? ` · ${r.seats} 人` : ''}
                    {r.checkedInAt ? ` · ${r.checkedInAt} 签到` : ''}
                  </Text>
                  {Object.values(r.answers).length > 0 && (
                    <Text className="muted activity-line">{Object.values(r.answers).join('；')}</Text>
                  )}
                  {r.status === 'pending' && (
                    <View className="row activity-actions">
                      <Button size="small" type="primary" onClick={() => review(r.registrationId, true)}>
                        通过
                      </Button>
                      <Button size="small" type="danger" fill="outline" onClick={() => review(r.registrationId, false)}>
                        不通过
                      </Button>
                    </View>
                  )}
                </View>
              ))}
            </View>
            <Button block fill="outline" onClick={exportCsv}>
              导出名单 CSV
            </Button>
          </View>
        )}
        {d && (
          <View className="card">
            <Text className="section-title">改期 · 复制 · 取消</Text>
            <View className="row activity-actions">
              <Picker mode="date" value={newDate} start={shanghaiDay()} onChange={(e) => setNewDate(e.detail.value)}>
                <View
                  className="chip chip--on"
                  {...roleProps('button')}
                  aria-label={`${dayText(newDate)}，新日期 ${newDate}`}
                >
                  {dayText(newDate)}
                </View>
              </Picker>
              <Picker mode="time" value={newTime} onChange={(e) => setNewTime(e.detail.value)}>
                <View className="chip chip--on" {...roleProps('button')} aria-label={`${newTime}，新时间`}>
                  {newTime}
                </View>
              </Picker>
            </View>
            <Field label="原因（改期、取消时必填，报名的人会看到）">
              <Input name="why" value={why} onChange={setWhy} maxLength={60} />
            </Field>
            <View className="row activity-actions">
              <Button
                size="small"
                fill="outline"
                disabled={why.trim().length < 2}
                why="请填写原因（至少 2 个字），报名者会收到"
                onClick={() => change('reschedule')}
              >
                改到这个时间
              </Button>
              <Button size="small" fill="outline" onClick={() => change('duplicate')}>
                复制为这个时间的新活动
              </Button>
              <Button
                size="small"
                type="danger"
                fill="outline"
                disabled={why.trim().length < 2}
                onClick={() => change('cancel')}
              >
                取消活动
              </Button>
            </View>
          </View>
        )}
      </PageState>
    </Screen>
  )
}
