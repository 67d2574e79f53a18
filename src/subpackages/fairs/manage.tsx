import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { FairCard } from './FairCard'
import { SeriesForm, type SeriesValues } from './SeriesForm'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './fairs.css'
import './contract'

/** 社工: make a fair once (or weekly), edit a series, cancel one fair, open its door check-in and results. */
export default function ManageFairs() {
  const managed = useAction('fairs', 'managed', {})
  const d = managed.data
  const [creating, setCreating] = useState(false)
  const [community, setCommunity] = useState<number>()
  const [editing, setEditing] = useState<number>()
  const [cancelling, setCancelling] = useState<number>()
  const [reason, setReason] = useState('')
  const communityId = community ?? d?.communities[0]?.id
  const go = (url: string) => () => void Taro.navigateTo({ url })

  const create = async (v: SeriesValues) => {
    if (!communityId) return
    const r = await call('fairs', 'createSeries', { communityId, ...v }, { loading: '正在创建' }).catch(() => null)
    if (r) {
      toast(`已创建 ${r.fairIds.length} 场招聘会`)
      setCreating(false)
      void managed.reload()
    }
  }
  const edit = async (seriesId: number, v: SeriesValues) => {
    const input = { seriesId, title: v.title, place: v.place, booths: v.booths, capacity: v.capacity, weeks: v.weeks }
    const r = await call('fairs', 'editSeries', input, { loading: '正在保存' }).catch(() => null)
    if (r) {
      toast(r.fairIds.length ? `已保存，新排期 ${r.fairIds.length} 场` : '已保存')
      setEditing(undefined)
      void managed.reload()
    }
  }
  const cancel = async (fairId: number) => {
    const r = await call('fairs', 'cancelFair', { fairId, reason }, { loading: '正在取消' }).catch(() => null)
    if (r) {
      toast(`已取消，已通知 ${r.told} 人`)
      setCancelling(undefined)
      setReason('')
      void managed.reload()
    }
  }

  return (
    <Screen className="fairs">
      <PageState
        loading={managed.loading && !d}
        error={managed.error}
        onRetry={managed.reload}
        empty={!!d && d.communities.length === 0}
        emptyText="招聘会由社区社工管理"
      >
        {d && (
          <>
            {d.communities.length > 1 && (
              <ChipGroup label="社区" kind="radiogroup" scroll>
                {d.communities.map((c) => (
                  <Chip key={c.id} role="radio" on={communityId === c.id} onPress={() => setCommunity(c.id)}>
                    {c.name}
                  </Chip>
                ))}
              </ChipGroup>
            )}
            {creating ? (
              <SeriesForm submitText="创建招聘会" onSubmit={create} />
            ) : (
              <Button type="primary" block onClick={() => setCreating(true)}>
                新建招聘会
              </Button>
            )}
            {d.series.filter((s) => s.communityId === communityId).length === 0 && (
              <Text className="muted fairs-line">还没有招聘会，点「新建招聘会」开始，每周一场的只需建一次。</Text>
            )}
            {d.series
              .filter((s) => s.communityId === communityId)
              .map((s) => (
                <View key={s.id} role="group" aria-label={s.title}>
                  <Text className="section-title">
                    {s.title} · {s.rule}
                  </Text>
                  <Text className="muted fairs-line">
                    {s.place} · 展位 {s.booths} · 名额 {s.capacity}
                    {s.repeat === 'weekly' ? ` · 提前排期 ${s.weeks} 周` : ''}
                  </Text>
                  {editing === s.id ? (
                    <SeriesForm editing initial={s} submitText="保存" onSubmit={(v) => void edit(s.id, v)} />
                  ) : (
                    <Button fill="outline" onClick={() => setEditing(s.id)}>
                      编辑「{s.title}」
                    </Button>
                  )}
                  <View role="list" aria-label={`${s.title} 的场次`}>
                    {s.fairs.map((f) => (
                      <View key={f.id} role="listitem">
                        <FairCard f={f} role="link" />
                        <View className="row fairs-actions">
                          <Button fill="outline" onClick={go(`/subpackages/fairs/checkin?id=${f.id}`)}>
                            签到 {f.date}
                          </Button>
                          <Button fill="outline" onClick={go(`/subpackages/fairs/results?id=${f.id}`)}>
                            结果 {f.date}
                          </Button>
                          {f.status === 'scheduled' && cancelling !== f.id && (
                            <Button fill="outline" onClick={() => setCancelling(f.id)}>
                              取消 {f.date}
                            </Button>
                          )}
                        </View>
                        {cancelling === f.id && (
                          <View className="card">
                            <Field label={`取消 ${f.date} 这一场的原因（会通知已报名和已订展位的人）`}>
                              <Input name="reason" value={reason} onChange={setReason} maxLength={100} />
                            </Field>
                            <View className="row fairs-actions">
                              <Button fill="outline" onClick={() => setCancelling(undefined)}>
                                不取消
                              </Button>
                              <Button type="danger" onClick={() => void cancel(f.id)}>
                                确认取消这一场
                              </Button>
                            </View>
                          </View>
                        )}
                      </View>
                    ))}
                  </View>
                </View>
              ))}
          </>
        )}
      </PageState>
    </Screen>
  )
}
