import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { OrderCard } from './OrderCard'
import './lab.css'
import './contract'

/** 我的检测订单: the enterprise's orders with status, due date, the code to show at drop-off, the report. */
export default function MyLabOrders() {
  const orders = useAction('lab', 'myOrders', {})
  const [qr, setQr] = useState<Record<number, string>>({})
  const d = orders.data
  const showCode = async (id: number) => {
    const r = await call('lab', 'orderDetail', { orderId: id }, { loading: '正在打开' }).catch(() => null)
    if (r) setQr({ ...qr, [id]: r.qr })
  }
  const cancel = async (id: number, code: string) => {
    const ok = await Taro.showModal({
      title: '取消检测订单',
      content: `确定取消订单 ${code}？送样名额会让给其他企业。`,
      confirmText: '取消订单',
      cancelText: '不取消',
    })
    if (!ok.confirm) return
    const r = await call('lab', 'cancelOrder', { orderId: id }, { loading: '正在取消' }).catch(() => null)
    if (!r) return
    toast('订单已取消，已通知实验室')
    void orders.reload()
  }
  return (
    <Screen>
      <PageState
        loading={orders.loading && !d}
        error={orders.error}
        onRetry={orders.reload}
        empty={d?.items.length === 0}
        emptyText="还没有检测订单，去共享实验室选项目吧"
      >
        {d && (
          <View role="list" aria-label="检测订单">
            {d.items.map((o) => (
              <OrderCard key={o.id} o={{ ...o, qr: qr[o.id] ?? '' }}>
                {o.status === 'booked' && !qr[o.id] && (
                  <Button fill="outline" block onClick={() => showCode(o.id)}>
                    显示送样二维码
                  </Button>
                )}
                {o.can.cancel && (
                  <Button type="danger" fill="outline" block onClick={() => cancel(o.id, o.code)}>
                    取消订单
                  </Button>
                )}
              </OrderCard>
            ))}
          </View>
        )}
      </PageState>
      {d?.items.length === 0 && (
        <Button type="primary" block onClick={() => Taro.redirectTo({ url: '/subpackages/lab/index' })}>
          去选检测项目
        </Button>
      )}
      {d && d.items.length > 0 && <Text className="muted lab-line">报告出具后会通知你，可在此下载。</Text>}
    </Screen>
  )
}
