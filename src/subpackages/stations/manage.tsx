import { View, Text, Textarea } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatHours, parseHours } from '../../../contract/hours-text'
import type { OutputOf } from '../../../contract'
import { Chip, ChipGroup } from '../../components/Chip'
import { holds } from '../../../contract/roles'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { useData } from '../../hooks/useAction'
import { call } from '../../services/call'
import { addDays, shanghaiDay, shanghaiInstant, whenText } from '../../services/time'
import { Button } from '../../ui/Button'
import { StationImport } from './components/StationImport'
import './stations.css'
import { toast } from '../../services/toast'
import './contract'

type Report = OutputOf<'stations', 'reports'>['items'][number]
const CLOSE_FOR = [
  ['1 小时', 1],
  ['2 小时', 2],
  ['4 小时', 4],
  ['到明早 8 点', 0],
] as const

/**
 * Staff: with ?id=, one station's live status, hours and reports; without, the community's
 * report queue (and CSV import/export for admins).
 */
export default function ManageStations() {
  const { params } = useRouter()
  const stationId = params.id ? Number(params.id) : undefined
  const [hoursText, setHoursText] = useState<string>()
  const [reason, setReason] = useState('')
  const [resolution, setResolution] = useState<Record<number, string>>({})

  const desk = useData(async () => {
    const quiet = { loading: false, toast: false } as const
    const [me, station, reports] = await Promise.all([
      call('user', 'me', {}, quiet),
      stationId ? call('stations', 'detail', { id: stationId }, quiet) : null,
      call('stations', 'reports', stationId ? { stationId } : {}, quiet),
    ])
    return { isAdmin: holds(me, 'admin'), station, reports: reports.items as Report[] }
  }, [stationId])
  const station = desk.data?.station
  const reports = desk.data?.reports
  const isAdmin = desk.data?.isAdmin ?? false
  const update = (change: Partial<NonNullable<typeof desk.data>>) => desk.set((old) => old && { ...old, ...change })
  // The hours box starts from the saved hours, once (a refresh must not wipe what is being typed).
  const savedHours = station ? formatHours(station.hours) : undefined
  useEffect(() => setHoursText((t) => t ?? savedHours), [savedHours])

  const setStatus = async (input: Omit<Parameters<typeof call<'stations', 'setStatus'>>[2], 'stationId'>) => {
    if (!stationId) return
    const live = await call('stations', 'setStatus', { stationId, ...input }, { loading: '正在保存' }).catch(() => null)
    if (live && station) {
      update({ station: { ...station, live } })
      toast('已更新', { icon: 'success' })
    }
  }
  const closeFor = (hours: number) => {
    if (reason.trim().length < 2) return toast('请先填写闭站原因（至少 2 个字）')
    // A number of hours from now, or 08:00 tomorrow in Shanghai.
    const until = hours
      ? new Date(Date.now() + hours * 3600_000).toISOString()
      : shanghaiInstant(addDays(shanghaiDay(), 1), '08:00')
    void setStatus({ closure: { reason: reason.trim(), until } })
  }
  const saveHours = async () => {
    if (!stationId) return
    const parsed = parseHours(hoursText ?? '')
    if (typeof parsed === 'string') return toast(parsed, { duration: 3000 })
    const r = await call(
      'stations',
      'setHours',
      { stationId, open24h: false, hours: parsed },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) toast('营业时间已保存', { icon: 'success' })
  }
  const retire = async () => {
    if (!stationId || !station) return
    const { confirm } = await Taro.showModal({
      title: '撤销站点',
      content: `撤销后「${station.name}」将不再出现在地图上，确定吗？`,
    })
    if (!confirm) return
    const r = await call('stations', 'retire', { id: stationId }, { loading: '正在撤销' }).catch(() => null)
    if (r) {
      toast('站点已撤销')
      Taro.navigateBack()
    }
  }
  const resolve = async (r: Report) => {
    const text = (resolution[r.id] ?? '').trim()
    if (text.length < 2) return toast('请填写处理结果（至少 2 个字）')
    const done = await call(
      'stations',
      'resolveReport',
      { reportId: r.id, resolution: text },
      { loading: '正在提交' },
    ).catch(() => null)
    if (done && reports) update({ reports: reports.filter((x) => x.id !== r.id) })
  }

  return (
    <Screen>
      <PageState loading={desk.loading && !desk.data} error={desk.error} onRetry={desk.reload}>
        {station && (
          <>
            <View className="card detail__section">
              <Text className="detail__title">{station.name} · 实时状态</Text>
              <View className="detail__actions">
                <Button
                  type={station.live.charging === 'available' ? 'primary' : 'default'}
                  onClick={() => setStatus({ charging: 'available' })}
                >
                  充电位有空
                </Button>
                <Button
                  type={station.live.charging === 'full' ? 'primary' : 'default'}
                  onClick={() => setStatus({ charging: 'full' })}
                >
                  充电位已满
                </Button>
                <Button onClick={() => setStatus({ charging: null })}>不显示</Button>
              </View>
              {station.live.closedUntil ? (
                <View className="detail__live">
                  <Text className="detail__live-line">
                    临时闭站至 {whenText(station.live.closedUntil)}：{station.live.closedReason}
                  </Text>
                  <Button size="small" type="primary" onClick={() => setStatus({ closure: null })}>
                    恢复开放
                  </Button>
                </View>
              ) : (
                <>
                  <Textarea
                    className="ls-textarea"
                    maxlength={60}
                    placeholder="临时闭站原因，如：设备检修"
                    value={reason}
                    onInput={(e) => setReason(e.detail.value)}
                    {...fieldProps('临时闭站原因')}
                  />
                  <ChipGroup label="临时闭站">
                    {CLOSE_FOR.map(([label, h]) => (
                      <Chip key={label} role="button" onPress={() => closeFor(h)}>
                        闭站 {label}
                      </Chip>
                    ))}
                  </ChipGroup>
                </>
              )}
            </View>
            <View className="card detail__section">
              <Text className="detail__title">营业时间</Text>
              <Text className="muted detail__live-line">
                格式：1-5 08:00-20:00; 6,7 09:00-02:00（1=周一…7=周日；结束早于开始表示到次日）
              </Text>
              <Textarea
                className="ls-textarea"
                maxlength={300}
                value={hoursText}
                onInput={(e) => setHoursText(e.detail.value)}
                {...fieldProps('营业时间')}
              />
              <Button block type="primary" onClick={saveHours}>
                保存营业时间
              </Button>
            </View>
          </>
        )}

        <View className="card detail__section">
          <Text className="detail__title">待处理反馈（{reports?.length ?? 0}）</Text>
          {reports?.length === 0 && <Text className="muted">暂无待处理的反馈</Text>}
          {reports?.map((r) => (
            <View key={r.id} className="detail__section" role="article">
              <Text className="detail__title">
                {r.stationName} · {r.kindLabel}
              </Text>
              <Text className="muted detail__live-line">
                {r.reporter} · {whenText(r.createdAt)}
                {r.text ? ` · ${r.text}` : ''}
              </Text>
              <Textarea
                className="ls-textarea"
                maxlength={200}
                placeholder="处理结果"
                value={resolution[r.id] ?? ''}
                onInput={(e) => setResolution((m) => ({ ...m, [r.id]: e.detail.value }))}
                {...fieldProps(`${r.stationName} ${r.kindLabel} 的处理结果`)}
              />
              <Button size="small" type="primary" onClick={() => resolve(r)}>
                标记已处理
              </Button>
            </View>
          ))}
        </View>

        {!stationId && isAdmin && (
          <>
            <Button block type="primary" onClick={() => Taro.navigateTo({ url: '/subpackages/stations/edit' })}>
              新建站点
            </Button>
            <StationImport />
          </>
        )}
        {stationId && isAdmin && station && !station.retired && (
          <>
            <Button block onClick={() => Taro.navigateTo({ url: `/subpackages/stations/edit?id=${stationId}` })}>
              编辑站点信息
            </Button>
            <Button block type="danger" fill="outline" onClick={retire}>
              撤销站点
            </Button>
          </>
        )}
      </PageState>
    </Screen>
  )
}
