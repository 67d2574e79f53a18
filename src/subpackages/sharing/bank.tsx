import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { wholeYuan } from './format'
import { LoanCard } from './LoanCard'
import './sharing.css'
import './contract'

/** A partner bank's 红链贷 queue: accept, ask for materials, approve or decline (buttons from `can`). */
export default function Bank() {
  const data = useAction('sharing', 'bankQueue', {})
  const d = data.data
  const [note, setNote] = useState<Record<number, string>>({})
  const [amount, setAmount] = useState<Record<number, string>>({})
  const act = async (loanId: number, act: 'accept' | 'request' | 'approve' | 'decline', amountYuan?: number) => {
    const text = note[loanId] ?? ''
    const input = { loanId, act, note: act === 'request' || act === 'decline' ? text : '', amountYuan }
    const r = await call('sharing', 'bankAct', input, { loading: '正在保存' }).catch(() => null)
    if (r) {
      toast(`已更新：${r.statusLabel}`)
      void data.reload()
    }
  }
  return (
    <Screen className="sharing">
      <PageState
        loading={data.loading}
        error={data.error}
        onRetry={data.reload}
        empty={!!d && !d.items.length}
        emptyText="暂时没有待处理的红链贷申请"
      >
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{d.banks.map((b) => b.name).join('、')}</Text>
              <Text className="line">
                受理 {d.stats.applications} 笔 · 批准 {d.stats.approvals} 笔 · 放款 {wholeYuan(d.stats.approvedYuan)}
              </Text>
            </View>
            <View role="list" aria-label="红链贷申请">
              {d.items.map((l) => (
                <LoanCard key={l.id} loan={l}>
                  {(l.can.includes('request') || l.can.includes('decline')) && (
                    <Textarea
                      className="ls-textarea"
                      aria-label="需补充的材料或未获批理由"
                      placeholder="需补充的材料，或未获批的理由"
                      value={note[l.id] ?? ''}
                      maxlength={300}
                      onInput={(e) => setNote({ ...note, [l.id]: e.detail.value })}
                    />
                  )}
                  {l.can.includes('approve') && (
                    <Field label="批准金额（万元，不填按申请金额）">
                      <Input
                        name={`amount-${l.id}`}
                        type="digit"
                        value={amount[l.id] ?? ''}
                        onChange={(v) => setAmount({ ...amount, [l.id]: v })}
                        maxLength={8}
                      />
                    </Field>
                  )}
                  <View className="row">
                    {l.can.includes('accept') && (
                      <Button type="primary" size="small" onClick={() => act(l.id, 'accept')}>
                        受理
                      </Button>
                    )}
                    {l.can.includes('request') && (
                      <Button size="small" fill="outline" onClick={() => act(l.id, 'request')}>
                        要求补充材料
                      </Button>
                    )}
                    {l.can.includes('approve') && (
                      <Button
                        type="primary"
                        size="small"
                        onClick={() =>
                          act(l.id, 'approve', amount[l.id] ? Math.round(Number(amount[l.id]) * 10_000) : l.amountYuan)
                        }
                      >
                        批准
                      </Button>
                    )}
                    {l.can.includes('decline') && (
                      <Button size="small" fill="outline" onClick={() => act(l.id, 'decline')}>
                        不予批准
                      </Button>
                    )}
                  </View>
                </LoanCard>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
