import { View, Text, Textarea } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { formatHours, parseHours } from '../../../contract/hours-text'
import type { StationDetail } from '../../../contract/stations'
import type { OutputOf } from '../../../contract'
import { holds } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import dayjs from '../../services/dayjs'
import { Button } from '../../ui/nutui'
import { CsvPanel } from './components/CsvPanel'
import './stations.css'

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
  const [station, setStation] = useState<StationDetail>()
  const [reports, setReports] = useState<Report[]>()
  const [error, setError] = useState<CallError>()
  const [hoursText, setHoursText] = useState('')
  const [reason, setReason] = useState('')
  const [resolution, setResolution] = useState<Record<number, string>>({})
  const [isAdmin, setIsAdmin] = useState(false)

  const load = async () => {
    setError(undefined)
    try {
      const me = await call('user', 'me', {}, { loading: false, toast: false })
      setIsAdmin(holds(me, 'admin'))
      if (stationId) {
        const d = await call('stations', 'detail', { id: stationId }, { loading: false, toast: false })
        setStation(d)
        setHoursText(formatHours(d.hours))
      }
      setReports(
        (await call('stations', 'reports', stationId ? { stationId } : {}, { loading: false, toast: false })).items,
      )
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())

  const setStatus = async (input: Omit<Parameters<typeof call<'stations', 'setStatus'>>[2], 'stationId'>) => {
    if (!stationId) return
    const live = await call('stations', 'setStatus', { stationId, ...input }, { loading: '正在保存' }).catch(() => null)
    if (live && station) {
      setStation({ ...station, live })
      Taro.showToast({ title: '已更新', icon: 'success' })
    }
  }
  const closeFor = (hours: number) => {
    if (reason.trim().length < 2) return Taro.showToast({ title: '请先填写闭站原因（至少 2 个字）', icon: 'none' })
    const until = hours ? dayjs().add(hours, 'hour') : dayjs().add(1, 'day').hour(8).minute(0).second(0)
    void setStatus({ closure: { reason: reason.trim(), until: until.format() } })
  }
  const saveHours = async () => {
    if (!stationId) return
    const parsed = parseHours(hoursText)
    if (typeof parsed === 'string') return Taro.showToast({ title: parsed, icon: 'none', duration: 3000 })
    const r = await call(
      'stations',
      'setHours',
      { stationId, open24h: false, hours: parsed },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) Taro.showToast({ title: '营业时间已保存', icon: 'success' })
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
      Taro.showToast({ title: '站点已撤销', icon: 'none' })
      Taro.navigateBack()
    }
  }
  const resolve = async (r: Report) => {
    const text = (resolution[r.id] ?? '').trim()
    if (text.length < 2) return Taro.showToast({ title: '请填写处理结果（至少 2 个字）', icon: 'none' })
    const done = await call(
      'stations',
      'resolveReport',
      { reportId: r.id, resolution: text },
      { loading: '正在提交' },
    ).catch(() => null)
    if (done) setReports((rs) => rs?.filter((x) => x.id !== r.id))
  }

  return (
    <View className="page">
      <PageState loading={!reports && !error} error={error} onRetry={load}>
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
                  <Text style={{ display: 'block' }}>
                    临时闭站至 {dayjs(station.live.closedUntil).format('M月D日 HH:mm')}：{station.live.closedReason}
                  </Text>
                  <Button size="small" type="primary" onClick={() => setStatus({ closure: null })}>
                    恢复开放
                  </Button>
                </View>
              ) : (
                <>
                  <Textarea
                    className="detail__textarea"
                    maxlength={60}
                    placeholder="临时闭站原因，如：设备检修"
                    value={reason}
                    onInput={(e) => setReason(e.detail.value)}
                  />
                  <View className="stations__chips">
                    {CLOSE_FOR.map(([label, h]) => (
                      <Text key={label} className="chip" onClick={() => closeFor(h)}>
                        闭站 {label}
                      </Text>
                    ))}
                  </View>
                </>
              )}
            </View>
            <View className="card detail__section">
              <Text className="detail__title">营业时间</Text>
              <Text className="muted" style={{ display: 'block', marginBottom: '6px' }}>
                格式：1-5 08:00-20:00; 6,7 09:00-02:00（1=周一…7=周日；结束早于开始表示到次日）
              </Text>
              <Textarea
                className="detail__textarea"
                maxlength={300}
                value={hoursText}
                onInput={(e) => setHoursText(e.detail.value)}
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
              <Text style={{ display: 'block', fontWeight: 600 }}>
                {r.stationName} · {r.kindLabel}
              </Text>
              <Text className="muted" style={{ display: 'block' }}>
                {r.reporter} · {dayjs(r.createdAt).format('M月D日 HH:mm')}
                {r.text ? ` · ${r.text}` : ''}
              </Text>
              <Textarea
                className="detail__textarea"
                maxlength={200}
                placeholder="处理结果"
                value={resolution[r.id] ?? ''}
                onInput={(e) => setResolution((m) => ({ ...m, [r.id]: e.detail.value }))}
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
            <CsvPanel />
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
    </View>
  )
}
