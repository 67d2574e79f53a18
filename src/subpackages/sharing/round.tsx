import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ROUND_STATUS, THRESHOLD_KINDS } from '../../../contract/sharing'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { pickSpreadsheet } from '../../platform/pick-file'
import { saveBase64File } from '../../platform/save-file'
import { call } from '../../services/call'
import { formatShanghai } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { kwhText, priceText, yuanText } from './format'
import './sharing.css'
import './contract'

const NEW_ROUND = '/subpackages/sharing/newRound'

/** 绿电享: the rounds and the community's saving; with ?id= one round — join, my months, my saving. */
export default function Round() {
  const id = Number(useRouter().params.id) || 0
  return id ? <RoundDetail id={id} /> : <Rounds />
}

function Rounds() {
  const data = useAction('sharing', 'rounds', {})
  const d = data.data
  return (
    <Screen className="sharing">
      <PageState
        loading={data.loading}
        error={data.error}
        onRetry={data.reload}
        empty={!!d && !d.items.length}
        emptyText={d?.canCreate ? '还没有组团购电，开第一轮吧' : '还没有组团购电，社工开团后这里会显示'}
        emptyAction={
          d?.canCreate ? { label: '开新一轮', onPress: () => void Taro.navigateTo({ url: NEW_ROUND }) } : undefined
        }
      >
        {d && (
          <>
            <View className="card">
              <Text className="muted">本社区绿电享累计节约电费</Text>
              <Text className="figure">{yuanText(d.totalSavingFen)}</Text>
              <Text className="muted">
                {d.enterprises} 家企业参团 · 已填报 {kwhText(d.totalKwh)}
              </Text>
            </View>
            <View className="card">
              {d.items.map((r) => (
                <Pressable
                  key={r.id}
                  className="item"
                  onPress={() => Taro.navigateTo({ url: `/subpackages/sharing/round?id=${r.id}` })}
                >
                  <Text className="section-title">{r.title}</Text>
                  <Text className="line">
                    {ROUND_STATUS[r.status]} · 电价低 {r.discountPct}% · {r.members} 家企业
                  </Text>
                  <Text className="muted">已节约 {yuanText(r.savingFen)} ›</Text>
                </Pressable>
              ))}
            </View>
            {d.canCreate && (
              <Button type="primary" block onClick={() => Taro.navigateTo({ url: NEW_ROUND })}>
                开新一轮
              </Button>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}

function RoundDetail({ id }: { id: number }) {
  const data = useAction('sharing', 'round', { roundId: id }, [id])
  const d = data.data
  const [kwh, setKwh] = useState('')
  const [month, setMonth] = useState(formatShanghai(Date.now(), 'YYYY-MM'))
  const join = async (enterpriseId: number) => {
    const r = await call(
      'sharing',
      'joinRound',
      { roundId: id, enterpriseId, monthlyKwh: Number(kwh) },
      { loading: '正在参团' },
    ).catch(() => null)
    if (r) {
      toast(r.started ? '已参团，本轮已开团' : `已参团，目前 ${r.members} 家企业`)
      setKwh('')
      void data.reload()
    }
  }
  const record = async (enterpriseId: number, confirm = false): Promise<void> => {
    const input = { roundId: id, enterpriseId, month, kwh: Number(kwh), confirm }
    const r = await call('sharing', 'recordUsage', input, { loading: '正在保存', toast: false }).catch((e: Error) => e)
    if (r instanceof Error) {
      if (!confirm && r.message.includes('请核对后确认提交')) {
        const ok = await Taro.showModal({ title: '用电量偏大', content: r.message, confirmText: '确认提交' })
        if (ok.confirm) return record(enterpriseId, true)
        return
      }
      return toast(r.message)
    }
    toast(`已保存，${r.month} 节约 ${yuanText(r.savingFen)}`)
    setKwh('')
    void data.reload()
  }
  const importFile = async (enterpriseId: number) => {
    const file = await pickSpreadsheet()
    if (!file) return
    const r = await call('sharing', 'importUsage', { roundId: id, enterpriseId, file }, { loading: '正在导入' }).catch(
      () => null,
    )
    if (!r) return
    if (r.errors.length) toast(`未导入：第 ${r.errors[0].row} 行 ${r.errors[0].message}`, { duration: 4000 })
    else {
      toast(`已导入 ${r.saved} 个月`)
      void data.reload()
    }
  }
  const exportRound = async () => {
    const r = await call('sharing', 'exportRound', { roundId: id, format: 'xlsx' }, { loading: '正在导出' }).catch(
      () => null,
    )
    if (r) await saveBase64File(r.filename, r.base64, r.mime)
  }
  return (
    <Screen className="sharing">
      <PageState loading={data.loading} error={data.error} onRetry={data.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{d.round.title}</Text>
              <Text className="line">
                {d.round.supplier}：{priceText(d.round.priceE4)}，电网 {priceText(d.round.gridPriceE4)}，低{' '}
                {d.round.discountPct}%
              </Text>
              <Text className="line">
                {ROUND_STATUS[d.round.status]} · 开团门槛 {d.round.threshold} {THRESHOLD_KINDS[d.round.thresholdKind]} ·
                已有 {d.round.members} 家
              </Text>
              <Text className="muted">
                报名 {d.round.joinOpens} 至 {d.round.joinCloses} · 本轮已节约 {yuanText(d.round.savingFen)}
              </Text>
              {d.canExport && (
                <Button size="small" fill="outline" onClick={exportRound}>
                  导出各企业节约电费
                </Button>
              )}
            </View>
            {d.mine.map((m) => (
              <View key={m.enterpriseId} className="card">
                <Text className="section-title">{m.enterprise}</Text>
                {m.joined ? (
                  <Text className="line">
                    已参团（申报月用电 {kwhText(m.monthlyKwh ?? 0)}）· 累计节约 {yuanText(m.savingFen)}
                  </Text>
                ) : (
                  <Text className="muted">{m.can.includes('join') ? '尚未参团' : '未参团（报名未开放或已截止）'}</Text>
                )}
                {m.can.includes('join') && (
                  <>
                    <Field label="月用电量（千瓦时）">
                      <Input name="monthlyKwh" type="number" value={kwh} onChange={setKwh} maxLength={10} />
                    </Field>
                    <Button type="primary" block onClick={() => join(m.enterpriseId)}>
                      参团
                    </Button>
                  </>
                )}
                {m.can.includes('record') && (
                  <>
                    <Field label="月份（YYYY-MM）">
                      <Input name="month" value={month} onChange={setMonth} maxLength={7} />
                    </Field>
                    <Field label="实际用电量（千瓦时）">
                      <Input name="kwh" type="number" value={kwh} onChange={setKwh} maxLength={10} />
                    </Field>
                    <View className="row">
                      <Button type="primary" onClick={() => record(m.enterpriseId)}>
                        保存本月
                      </Button>
                      <Button fill="outline" onClick={() => importFile(m.enterpriseId)}>
                        导入表格（月份、用电量）
                      </Button>
                    </View>
                  </>
                )}
                <View role="list" aria-label="各月用电">
                  {m.months.map((k) => (
                    <View key={k.month} className="line" role="listitem">
                      <Text>
                        {k.month}：{kwhText(k.kwh)}，节约 {yuanText(k.savingFen)}
                      </Text>
                    </View>
                  ))}
                </View>
              </View>
            ))}
            {d.members.length > 0 && (
              <View className="card">
                <Text className="section-title">参团企业（{d.members.length}）</Text>
                <View role="list" aria-label="参团企业">
                  {d.members.map((m) => (
                    <View key={m.enterprise} className="line" role="listitem">
                      <Text>
                        {m.enterprise}：{m.months} 个月，节约 {yuanText(m.savingFen)}
                      </Text>
                    </View>
                  ))}
                </View>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
