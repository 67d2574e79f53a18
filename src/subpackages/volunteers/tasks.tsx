import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { formatShanghai } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './volunteers.css'
import './contract'

/** A team's tasks: members take one (`can: take`); organisers confirm each helper's minutes (`can: confirm`). */
export default function Tasks() {
  const teamId = Number(useRouter().params.teamId)
  const page = useAction('volunteers', 'tasks', { teamId })
  const [minutes, setMinutes] = useState<Record<number, string>>({})
  const take = async (taskId: number) => {
    const t = await call('volunteers', 'takeTask', { taskId }, { loading: '正在领取' }).catch(() => null)
    if (t) {
      toast('已领取，按时到场')
      void page.reload()
    }
  }
  const confirm = async (taskId: number, userId: number, fallback: number) => {
    const m = Number(minutes[taskId] ?? fallback)
    const t = await call('volunteers', 'confirmHours', { taskId, userId, minutes: m }, { loading: '正在确认' }).catch(
      () => null,
    )
    if (t) {
      toast(`已确认 ${m} 分钟`)
      void page.reload()
    }
  }
  const exportHours = async () => {
    const f = await call('volunteers', 'exportHours', { teamId, format: 'csv' }, { loading: '正在导出' }).catch(
      () => null,
    )
    if (f) toast(`已导出 ${f.rows} 条时长记录（${f.filename}）`)
  }
  const d = page.data
  return (
    <Screen className="volunteers">
      <PageState loading={page.loading && !d} error={page.error} onRetry={page.reload}>
        {d && (
          <>
            <Text className="section-title">{d.team.name}</Text>
            <PageState loading={false} empty={d.items.length === 0} emptyText="近期没有任务">
              <View {...roleProps('list')} aria-label="志愿任务">
                {d.items.map((t) => (
                  <View key={t.id} className="card" {...roleProps('listitem')} aria-label={t.title}>
                    <Text className="vol-line">
                      {t.kindLabel} · {t.title}
                    </Text>
                    <Text className="vol-meta">
                      {formatShanghai(t.startsAt, 'M月D日 HH:mm')} · {t.minutes} 分钟 · {t.place || '地点待定'}
                    </Text>
                    <Text className="vol-meta">
                      需 {t.helpers} 人 · 已领 {t.taken} 人{t.takenByMe ? ' · 我已领取' : ''}
                      {t.requestedBy ? ` · ${t.repairKind ?? ''}（${t.requestedBy} 申请）` : ''}
                    </Text>
                    {t.can.includes('take') && (
                      <Button type="primary" size="small" onClick={() => take(t.id)}>
                        领取任务
                      </Button>
                    )}
                    {t.can.includes('confirm') && (
                      <>
                        <Field label={`确认时长（分钟，不超过 ${t.minutes}）`}>
                          <Input
                            name={`minutes-${t.id}`}
                            type="number"
                            value={minutes[t.id] ?? String(t.minutes)}
                            onChange={(v) => setMinutes({ ...minutes, [t.id]: v })}
                          />
                        </Field>
                        <View className="vol-actions">
                          {t.takers.map((k) => (
                            <Button
                              key={k.userId}
                              size="small"
                              fill="outline"
                              onClick={() => confirm(t.id, k.userId, t.minutes)}
                            >
                              {k.minutes === null ? `确认 ${k.name}` : `${k.name} 已确认 ${k.minutes} 分钟，更正`}
                            </Button>
                          ))}
                        </View>
                      </>
                    )}
                  </View>
                ))}
              </View>
            </PageState>
            {d.team.can.includes('organise') && (
              <Button fill="outline" block onClick={exportHours}>
                导出服务时长（CSV）
              </Button>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
