import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { REGISTRATION_STATUS } from '../../../contract/activities'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { saveTextFile } from '../../platform/save-file'
import { canScan, scanCode } from '../../platform/subscribe'
import { call } from '../../services/call'
import { Button, Input } from '../../ui/nutui'
import './activities.css'

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
      setLast(`${r.name} 签到成功（${r.seats} 人）${r.checkedInAt}`)
      setCode('')
      void roster.reload()
    }
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await checkIn(text)
  }
  const review = async (registrationId: number, approve: boolean) => {
    const r = await call('activities', 'review', { registrationId, approve, ...(reason ? { reason } : {}) }, { loading: '正在提交' }).catch(() => null)
    if (r) void roster.reload()
  }
  const exportCsv = async () => {
    const r = await call('activities', 'exportRoster', { id }, { loading: '正在导出' }).catch(() => null)
    if (r) {
      await saveTextFile(r.filename, r.csv)
      Taro.showToast({ title: `已导出 ${r.rows} 人`, icon: 'none' })
    }
  }
  const d = roster.data
  return (
    <View className="page activities">
      <View className="card">
        <Text className="section-title">签到</Text>
        <Input name="code" placeholder="输入报名码" value={code} onChange={(v) => setCode(v.toUpperCase())} maxLength={60} />
        <View className="row activity-actions">
          <Button type="primary" disabled={!code.trim()} onClick={() => checkIn()}>签到</Button>
          {canScan && <Button fill="outline" onClick={scan}>扫码签到</Button>}
        </View>
        {last && <View className="activity-seats" role="status">{last}</View>}
      </View>
      <PageState loading={roster.loading && !d} error={roster.error} onRetry={roster.reload}>
        {d && (
          <View className="card">
            <Text className="section-title">{d.title}</Text>
            <Text className="muted" style={{ display: 'block' }}>
              已报名 {d.counts.registered} · 候补 {d.counts.waitlisted} · 待审核 {d.counts.pending} · 已签到 {d.counts.checkedIn}
              {d.phonesMasked ? ' · 手机号已脱敏' : ''}
            </Text>
            {d.counts.pending > 0 && <Input name="reason" placeholder="不通过的原因（不通过时必填）" value={reason} onChange={setReason} maxLength={100} />}
            <View role="list" aria-label="报名名单">
              {d.rows.map((r) => (
                <View key={r.registrationId} role="listitem" className="activity-row">
                  <Text>{r.name} {r.phone} · {REGISTRATION_STATUS[r.status]}{r.position ? ` 第 ${r.position} 位` : ''}{r.seats > 1 ? ` · ${r.seats} 人` : ''}{r.checkedInAt ? ` · ${r.checkedInAt} 签到` : ''}</Text>
                  {Object.values(r.answers).length > 0 && <Text className="muted" style={{ display: 'block' }}>{Object.values(r.answers).join('；')}</Text>}
                  {r.status === 'pending' && (
                    <View className="row activity-actions">
                      <Button size="small" type="primary" onClick={() => review(r.registrationId, true)}>通过</Button>
                      <Button size="small" type="danger" fill="outline" onClick={() => review(r.registrationId, false)}>不通过</Button>
                    </View>
                  )}
                </View>
              ))}
            </View>
            <Button block fill="outline" onClick={exportCsv}>导出名单 CSV</Button>
          </View>
        )}
      </PageState>
    </View>
  )
}
