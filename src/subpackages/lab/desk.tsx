import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ORDER_STATUS, type OrderStatus } from '../../../contract/lab'
import { optionsOf } from '../../components/Choice'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { TextField } from '../../components/TextField'
import { useAction } from '../../hooks/useAction'
import { announce } from '../../platform/a11y'
import { saveBase64File } from '../../platform/save-file'
import { canScan, scanCode } from '../../platform/scan'
import { pickReport } from '../../platform/upload'
import { call } from '../../services/call'
import { shanghaiDay } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { OrderCard } from './OrderCard'
import './lab.css'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })
// The board's views: 进行中 (every open order) first, then each status.
const FILTERS: readonly (readonly ['open' | OrderStatus, string])[] = [['open', '进行中'], ...optionsOf(ORDER_STATUS)]
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Lab staff: receive samples by scanning the order code, the board (overdue first), each order's next step. */
export default function LabDesk() {
  const { params } = useRouter()
  const mine = useAction('lab', 'myLabs', {})
  const labId = Number(params.lab) || mine.data?.items[0]?.id || 0
  const [status, setStatus] = useState<OrderStatus>()
  const board = useAction('lab', 'board', { labId: labId || 1, ...(status ? { status } : {}) }, [labId, status])
  const [code, setCode] = useState('')
  const typeCode = (v: string) => setCode(v.toUpperCase())
  const [returning, setReturning] = useState<number>()
  const [reason, setReason] = useState('')
  const done = (said: string) => {
    toast(said)
    announce(said)
    void board.reload()
  }
  const receive = async (raw = code) => {
    if (!raw.trim()) return
    const r = await call('lab', 'receive', { labId, code: raw.trim() }, { loading: '正在收样' }).catch(() => null)
    if (r) {
      setCode('')
      done(`已收样 ${r.code}：${r.enterpriseName}，预计 ${r.dueDate} 出报告`)
    }
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await receive(text)
  }
  const advance = async (orderId: number, to: 'testing' | 'returned') => {
    const r = await call('lab', 'advance', { orderId, to, reason }, { loading: '正在保存' }).catch(() => null)
    if (r) {
      setReturning(undefined)
      setReason('')
      done(`订单 ${r.code} ${r.statusLabel}`)
    }
  }
  const upload = async (orderId: number) => {
    const file = await pickReport().catch((e: Error) => void toast(e.message))
    if (!file) return
    const r = await call('lab', 'uploadReport', { orderId, file }, { loading: '正在上传报告' }).catch(() => null)
    if (r) done(`订单 ${r.code} 已出报告，已通知企业`)
  }
  const exportMonth = async (format: 'xlsx' | 'csv') => {
    const month = shanghaiDay().slice(0, 7)
    const r = await call('lab', 'exportOrders', { labId, month, format }, { loading: '正在导出' }).catch(() => null)
    if (!r) return
    await saveBase64File(r.filename, r.base64, format === 'xlsx' ? XLSX_MIME : 'text/csv;charset=utf-8')
    toast(`已导出 ${r.rows} 个订单`)
  }
  const d = board.data
  return (
    <Screen>
      <PageState
        loading={mine.loading || (board.loading && !d)}
        error={mine.error ?? (labId ? board.error : undefined)}
        onRetry={board.reload}
        empty={mine.data?.items.length === 0}
        emptyText="你还没有负责的实验室，请联系管理员授权"
      >
        <View className="card">
          <Text className="section-title">扫码收样</Text>
          <TextField label="订单码" name="code" value={code} onChange={typeCode} maxLength={40} />
          <View className="row lab-actions">
            <Button type="primary" disabled={!code.trim()} onClick={() => receive()}>
              确认收样
            </Button>
            {canScan && (
              <Button fill="outline" onClick={scan}>
                扫码收样
              </Button>
            )}
          </View>
        </View>
        <View className="row lab-actions">
          <Pressable className="lab-link" onPress={() => go(`/subpackages/lab/import?lab=${labId}`)}>
            导入检测目录
          </Pressable>
          <Pressable className="lab-link" onPress={() => go(`/subpackages/lab/stats?lab=${labId}`)}>
            统计
          </Pressable>
          <Pressable className="lab-link" onPress={() => exportMonth('xlsx')}>
            导出本月订单
          </Pressable>
        </View>
        {d && d.overdue > 0 && (
          <Text className="lab-status lab-status--overdue lab-line">{d.overdue} 个订单已超期，已排在最前</Text>
        )}
        <Tabs
          label="订单状态"
          tabs={FILTERS}
          value={status ?? 'open'}
          onChange={(f) => setStatus(f === 'open' ? undefined : f)}
          scroll
        />
        {d?.items.length === 0 && <Text className="muted lab-line">暂无订单。企业预约后会出现在这里。</Text>}
        <View role="list" aria-label="检测订单">
          {d?.items.map((o) => (
            <OrderCard key={o.id} o={o}>
              <View className="row lab-actions">
                {o.can.startTesting && <Button onClick={() => advance(o.id, 'testing')}>开始检测</Button>}
                {o.can.uploadReport && (
                  <Button type="primary" onClick={() => upload(o.id)}>
                    上传报告（PDF）
                  </Button>
                )}
                {o.can.returnSamples && returning !== o.id && (
                  <Button fill="outline" onClick={() => setReturning(o.id)}>
                    退样
                  </Button>
                )}
              </View>
              {returning === o.id && (
                <View>
                  <TextField label="退样原因" name="reason" value={reason} onChange={setReason} />
                  <View className="row lab-actions">
                    <Button fill="outline" onClick={() => setReturning(undefined)}>
                      不退样
                    </Button>
                    <Button type="danger" disabled={!reason.trim()} onClick={() => advance(o.id, 'returned')}>
                      确认退样
                    </Button>
                  </View>
                </View>
              )}
            </OrderCard>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
