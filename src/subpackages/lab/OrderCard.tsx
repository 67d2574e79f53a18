import { Text, View } from '@tarojs/components'
import type { LabOrder } from '../../../contract/lab'
import { Picture } from '../../components/Picture'
import { openReport } from '../../platform/upload'
import { yuan } from '../../services/money'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'

/** An order as a card: status, dates, code and QR while samples are to be brought, the report. */
export function OrderCard({ o, children }: { o: LabOrder; children?: React.ReactNode }) {
  const open = () => openReport(o.id, o.report?.name ?? '检测报告.pdf').catch((e: Error) => toast(e.message))
  return (
    <View className="card" role="listitem" aria-label={`订单 ${o.code} ${o.statusLabel}`}>
      <View className="row">
        <Text className="grow">
          {o.enterpriseName} · {o.samples} 件样品
        </Text>
        <Text className={`lab-status${o.overdue ? ' lab-status--overdue' : ''}`}>
          {o.overdue ? `${o.statusLabel} · 已超期` : o.statusLabel}
        </Text>
      </View>
      <Text className="muted lab-line">{o.lines.map((l) => `${l.itemName}×${l.samples}`).join('、')}</Text>
      <Text className="lab-line">
        送样 {o.dropoffDate} · 预计出报告 {o.dueDate} · {yuan(o.labCents)}（省 {yuan(o.marketCents - o.labCents)}）
      </Text>
      {o.returnReason && <Text className="lab-line">退样原因：{o.returnReason}</Text>}
      {o.status === 'booked' && (
        <View className="row lab-actions">
          <Text className="lab-code" aria-label={`订单码 ${o.code}`}>
            {o.code}
          </Text>
          {o.qr && <Picture className="lab-qr" src={o.qr} alt={`订单二维码（${o.code}）`} />}
        </View>
      )}
      {o.can.download && (
        <Button fill="outline" block onClick={open}>
          下载检测报告
        </Button>
      )}
      {children}
    </View>
  )
}
