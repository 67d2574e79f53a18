import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { pickAttachments } from '../../platform/upload'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { wholeYuan } from './format'
import { LoanCard } from './LoanCard'
import './sharing.css'
import './contract'

/** 红链贷: apply (credit code prefilled from the enterprise), follow my applications, send materials. */
export default function Loan() {
  const data = useData(async () => {
    const [programme, mine] = await Promise.all([
      call('sharing', 'loanProgramme', {}, { loading: false, toast: false }),
      call('sharing', 'myLoans', {}, { loading: false, toast: false }).catch(() => ({ items: [] })),
    ])
    return { programme, mine }
  }, [])
  const [enterpriseId, setEnterpriseId] = useState<number | null>(null)
  const [amount, setAmount] = useState('')
  const [purpose, setPurpose] = useState('')
  const d = data.data
  const p = d?.programme.programme
  const ent = d?.programme.enterprises.find((e) => e.id === enterpriseId) ?? d?.programme.enterprises[0]
  const apply = async () => {
    if (!p || !ent) return
    const input = {
      programmeId: p.id,
      enterpriseId: ent.id,
      amountYuan: Math.round(Number(amount) * 10_000),
      purpose,
      chain: ent.chain,
    }
    const r = await call('sharing', 'applyLoan', input, { loading: '正在提交' }).catch(() => null)
    if (r) {
      toast('已提交，合作银行受理后会通知你')
      setAmount('')
      setPurpose('')
      void data.reload()
    }
  }
  const upload = async (loanId: number) => {
    const files = await pickAttachments('file').catch((e: Error) => (toast(e.message), []))
    if (!files.length) return
    const r = await call('sharing', 'addLoanFiles', { loanId, files }, { loading: '正在提交材料' }).catch(() => null)
    if (r) {
      toast(`已提交 ${r.files.length} 个材料`)
      void data.reload()
    }
  }
  return (
    <Screen className="sharing">
      <PageState loading={data.loading} error={data.error} onRetry={data.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{p?.name ?? '红链贷'}</Text>
              {p ? (
                <Text className="muted">
                  {p.intro} 单笔上限 {wholeYuan(p.capYuan)}；合作银行：{p.banks.map((b) => b.name).join('、')}
                </Text>
              ) : (
                <Text className="muted">本社区还没有开通红链贷，可在企业诉求中提出融资需求。</Text>
              )}
            </View>
            {d.programme.canApply && ent && (
              <View className="card">
                {d.programme.enterprises.length > 1 && (
                  <ChipGroup label="申请企业" kind="radiogroup">
                    {d.programme.enterprises.map((e) => (
                      <Chip key={e.id} role="radio" on={e.id === ent.id} onPress={() => setEnterpriseId(e.id)}>
                        {e.name}
                      </Chip>
                    ))}
                  </ChipGroup>
                )}
                <Text className="line">
                  {ent.name} · 统一社会信用代码 {ent.creditCode}
                </Text>
                <Field label="申请金额（万元）">
                  <Input name="amount" type="digit" value={amount} onChange={setAmount} maxLength={8} />
                </Field>
                <Field label="资金用途">
                  <Input
                    name="purpose"
                    placeholder="如：购置数控磨床"
                    value={purpose}
                    onChange={setPurpose}
                    maxLength={200}
                  />
                </Field>
                <Button type="primary" block onClick={apply}>
                  提交申请
                </Button>
              </View>
            )}
            <View role="list" aria-label="我的申请">
              {d.mine.items.map((l) => (
                <LoanCard key={l.id} loan={l}>
                  {l.can.includes('upload') && (
                    <Button size="small" fill="outline" onClick={() => upload(l.id)}>
                      上传补充材料
                    </Button>
                  )}
                </LoanCard>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
