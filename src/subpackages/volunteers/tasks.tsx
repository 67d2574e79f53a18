import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { saveBase64File, saveTextFile } from '../../platform/save-file'
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
  type Member = Awaited<ReturnType<typeof call<'volunteers', 'members'>>>['items'][number]
  const [people, setPeople] = useState<Member[]>()
  const loadPeople = async () => {
    const r = await call('volunteers', 'members', { teamId }).catch(() => null)
    if (r) setPeople(r.items)
  }
  const decide = async (userId: number, approve: boolean) => {
    const r = await call('volunteers', 'decideMember', { teamId, userId, approve }, { loading: '正在提交' }).catch(
      () => null,
    )
    if (r) {
      toast(approve ? '已通过' : '已婉拒')
      void loadPeople()
    }
  }
  const exportHours = async (format: 'csv' | 'xlsx') => {
    const f = await call('volunteers', 'exportHours', { teamId, format }, { loading: '正在导出' }).catch(() => null)
    if (!f) return
    if (f.encoding === 'utf8') await saveTextFile(f.filename, f.content)
    else
      await saveBase64File(f.filename, f.content, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    toast(`已导出 ${f.rows} 条时长记录`)
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
              <>
                <Button fill="outline" block onClick={loadPeople}>
                  队员与报名审核
                </Button>
                {people && (
                  <View className="card" {...roleProps('list')} aria-label="队员与报名">
                    {people.length === 0 && <Text className="vol-meta">还没有人报名</Text>}
                    {people.map((p) => (
                      <View key={p.userId} {...roleProps('listitem')} aria-label={p.name}>
                        <Text className="vol-line">
                          {p.name} {p.phone} ·{' '}
                          {p.status === 'pending' ? '待审核' : p.status === 'active' ? '队员' : '未通过'}
                          {p.organiser ? ' · 组织者' : ''} · {p.minutes} 分钟
                        </Text>
                        {p.skills && <Text className="vol-meta">特长：{p.skills}</Text>}
                        {p.can.includes('decide') && (
                          <View className="vol-actions">
                            <Button size="small" type="primary" onClick={() => decide(p.userId, true)}>
                              通过 {p.name}
                            </Button>
                            <Button size="small" fill="outline" onClick={() => decide(p.userId, false)}>
                              婉拒 {p.name}
                            </Button>
                          </View>
                        )}
                      </View>
                    ))}
                  </View>
                )}
                <View className="vol-actions">
                  <Button fill="outline" onClick={() => exportHours('xlsx')}>
                    导出服务时长（Excel）
                  </Button>
                  <Button fill="outline" onClick={() => exportHours('csv')}>
                    导出服务时长（CSV）
                  </Button>
                </View>
              </>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
