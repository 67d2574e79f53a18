import { Text, View } from '@tarojs/components'
import type { LoanView } from '../../../contract/sharing'
import { openLoanFile } from '../../platform/upload'
import { formatShanghai } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { wholeYuan } from './format'

/** One 红链贷 application as both sides see it; actions come from the server's `can`. */
export function LoanCard({ loan, children }: { loan: LoanView; children?: React.ReactNode }) {
  return (
    <View className="card" role="listitem" aria-label={`${loan.enterprise}，${loan.statusLabel}`}>
      <Text className="section-title">
        {loan.enterprise} · {wholeYuan(loan.amountYuan)}
      </Text>
      <Text className="line">
        {loan.statusLabel}
        {loan.bank ? ` · ${loan.bank}` : ''}
        {loan.approvedYuan !== null ? ` · 批准 ${wholeYuan(loan.approvedYuan)}` : ''}
      </Text>
      <Text className="muted">
        用途：{loan.purpose} · {loan.chain || '产业链未填'} · 信用代码 {loan.creditCode} ·{' '}
        {formatShanghai(loan.createdAt, 'M月D日')}申请
      </Text>
      {loan.materialsNote && loan.status === 'materials' && <Text className="line">需补充：{loan.materialsNote}</Text>}
      {loan.reason && <Text className="line">未获批理由：{loan.reason}</Text>}
      {loan.files.length > 0 && (
        <View className="row" role="list" aria-label="已交材料">
          <Text className="muted">已交材料：</Text>
          {loan.files.map((f) => (
            <View key={f.id} role="listitem">
              <Button
                size="small"
                fill="outline"
                aria-label={`${f.name}（打开材料）`}
                onClick={() => openLoanFile(f).catch((e: Error) => toast(e.message))}
              >
                {f.name}
              </Button>
            </View>
          ))}
        </View>
      )}
      {children}
    </View>
  )
}
