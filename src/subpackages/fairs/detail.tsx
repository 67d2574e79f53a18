import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { FAIR_STATUS } from './FairCard'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { canScan, scanCode } from '../../platform/scan'
import { call } from '../../services/call'
import { dayText } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './fairs.css'
import './contract'

/** A fair: when and where, register / my entry code, 投递 at a booth, the booths and their positions. */
export default function FairDetail() {
  const { params } = useRouter()
  const fairId = Number(params.id)
  const detail = useAction('fairs', 'detail', { fairId }, [fairId])
  const d = detail.data
  const [boothCode, setBoothCode] = useState('')
  const can = (a: string) => !!d?.can.includes(a as never)
  const go = (url: string) => () => void Taro.navigateTo({ url })

  const register = async () => {
    const r = await call('fairs', 'register', { fairId }, { loading: '正在报名' }).catch(() => null)
    if (r) {
      toast('报名成功，入场时出示入场码')
      void detail.reload()
    }
  }
  const cancel = async () => {
    const ok = await Taro.showModal({ title: '取消报名？', content: '名额会让给其他求职者' })
    if (!ok.confirm) return
    const r = await call('fairs', 'cancelRegistration', { fairId }, { loading: '正在取消' }).catch(() => null)
    if (r) {
      toast('已取消报名')
      void detail.reload()
    }
  }
  const apply = async (raw: string) => {
    if (!raw.trim()) return
    const r = await call('fairs', 'apply', { boothCode: raw.trim() }, { loading: '正在投递' }).catch(() => null)
    if (r) {
      toast(`已向 ${r.enterpriseName} 投递`)
      setBoothCode('')
    }
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await apply(text)
  }

  return (
    <Screen className="fairs">
      <PageState loading={detail.loading && !d} error={detail.error} onRetry={detail.reload}>
        {d && (
          <>
            <View className="card">
              <View className="row">
                <Text className="grow fairs-title">{d.fair.title}</Text>
                <Text className={`fairs-status fairs-status--${d.fair.status}`}>{FAIR_STATUS[d.fair.status]}</Text>
              </View>
              <Text className="fairs-line">
                {dayText(d.fair.date)} {d.fair.start}–{d.fair.end}
              </Text>
              <Text className="muted fairs-line">
                {d.fair.place} · {d.fair.communityName}
              </Text>
              <Text className="muted fairs-line">
                展位 {d.fair.boothsBooked}/{d.fair.booths} · 求职者 {d.fair.registered}/{d.fair.capacity}
              </Text>
              {d.fair.cancelReason && <Text className="fairs-line">取消原因：{d.fair.cancelReason}</Text>}
              {!d.signedIn && d.fair.status === 'scheduled' && (
                <Button type="primary" block onClick={go('/pages/login/index')}>
                  登录后报名
                </Button>
              )}
              {can('register') && (
                <Button type="primary" block onClick={register}>
                  报名参加（免费）
                </Button>
              )}
            </View>

            {d.mine && (
              <View className="card" role="group" aria-label="我的入场码">
                <Text className="section-title">我的入场码</Text>
                {d.mine.status === 'confirmed' && (
                  <>
                    <View className="fairs-code">{d.mine.code}</View>
                    <Picture className="fairs-qr" src={d.mine.qr} alt={`入场二维码（入场码 ${d.mine.code}）`} />
                    <Text className="muted fairs-line">到场后在入口出示，工作人员扫码签到。</Text>
                  </>
                )}
                {d.mine.status === 'redeemed' && (
                  <>
                    <Text className="fairs-line">已于 {d.mine.checkedInAt} 签到。到展位扫描展位码即可投递。</Text>
                    {canScan && (
                      <Button type="primary" block onClick={scan}>
                        扫展位码投递
                      </Button>
                    )}
                    <Field label="或输入展位码">
                      <Input name="boothCode" value={boothCode} onChange={setBoothCode} maxLength={64} />
                    </Field>
                    <Button block fill="outline" onClick={() => void apply(boothCode)}>
                      投递
                    </Button>
                  </>
                )}
                {can('cancelRegistration') && (
                  <Button block fill="outline" onClick={cancel}>
                    取消报名
                  </Button>
                )}
              </View>
            )}

            <View className="row fairs-links">
              {can('bookBooth') && (
                <Button type="primary" onClick={go(`/subpackages/fairs/booth?fairId=${fairId}`)}>
                  预订展位
                </Button>
              )}
              {d.myBoothId !== null && (
                <Button fill="outline" onClick={go(`/subpackages/fairs/booth?boothId=${d.myBoothId}`)}>
                  我的展位
                </Button>
              )}
              {can('manage') && (
                <>
                  <Button fill="outline" onClick={go(`/subpackages/fairs/checkin?id=${fairId}`)}>
                    入口签到
                  </Button>
                  <Button fill="outline" onClick={go(`/subpackages/fairs/results?id=${fairId}`)}>
                    结果统计
                  </Button>
                </>
              )}
            </View>

            <Text className="section-title">参会企业与岗位</Text>
            {d.booths.length === 0 && <Text className="muted fairs-line">还没有企业预订展位</Text>}
            <View role="list" aria-label="参会企业">
              {d.booths.map((b) => (
                <View key={b.id} className="card" role="listitem" aria-label={b.enterpriseName}>
                  <Text className="fairs-title">{b.enterpriseName}</Text>
                  {b.positions.map((p, i) => (
                    <View key={i} className="fairs-line">
                      <Text>
                        {p.title} · {p.headcount} 人 · {p.pay}
                      </Text>
                      {p.requirements && <Text className="muted fairs-line">{p.requirements}</Text>}
                    </View>
                  ))}
                </View>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
