import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { PositionsForm, type PositionInput } from './PositionsForm'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { dayText } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './fairs.css'
import './contract'

/** Enterprise liaison: book a booth for a fair (?fairId=), or keep one's booth (?boothId=). */
export default function Booth() {
  const { params } = useRouter()
  return params.boothId ? <MyBooth boothId={Number(params.boothId)} /> : <BookBooth fairId={Number(params.fairId)} />
}

function BookBooth({ fairId }: { fairId: number }) {
  const detail = useAction('fairs', 'detail', { fairId }, [fairId])
  const d = detail.data
  const [chosen, setChosen] = useState<number>()
  const enterpriseId = chosen ?? d?.bookableFor[0]?.id
  const book = async (positions: PositionInput[]) => {
    if (!enterpriseId) return
    const r = await call('fairs', 'bookBooth', { fairId, enterpriseId, positions }, { loading: '正在预订' }).catch(
      () => null,
    )
    if (r) {
      toast('展位预订成功')
      void Taro.redirectTo({ url: `/subpackages/fairs/booth?boothId=${r.boothId}` })
    }
  }
  return (
    <Screen className="fairs">
      <PageState
        loading={detail.loading && !d}
        error={detail.error}
        onRetry={detail.reload}
        empty={!!d && !d.can.includes('bookBooth')}
        emptyText="这场招聘会现在不能预订展位（只有企业联络员可以预订，每家企业限一个展位）"
      >
        {d && (
          <>
            <View className="card">
              <Text className="fairs-title">{d.fair.title}</Text>
              <Text className="fairs-line">
                {dayText(d.fair.date)} {d.fair.start}–{d.fair.end} · {d.fair.place}
              </Text>
              <Text className="muted fairs-line">
                剩余展位 {d.fair.booths - d.fair.boothsBooked}/{d.fair.booths}
              </Text>
            </View>
            {d.bookableFor.length > 1 && (
              <ChipGroup label="为哪家企业预订" kind="radiogroup">
                {d.bookableFor.map((e) => (
                  <Chip key={e.id} role="radio" on={enterpriseId === e.id} onPress={() => setChosen(e.id)}>
                    {e.name}
                  </Chip>
                ))}
              </ChipGroup>
            )}
            <Text className="section-title">带来的岗位</Text>
            <PositionsForm submitText="预订展位" onSubmit={book} />
          </>
        )}
      </PageState>
    </Screen>
  )
}

function MyBooth({ boothId }: { boothId: number }) {
  const booth = useAction('fairs', 'myBooth', { boothId }, [boothId])
  const b = booth.data
  const [editing, setEditing] = useState(false)
  const save = async (positions: PositionInput[]) => {
    const r = await call('fairs', 'savePositions', { boothId, positions }, { loading: '正在保存' }).catch(() => null)
    if (r) {
      toast('岗位已更新')
      setEditing(false)
      void booth.reload()
    }
  }
  const cancel = async () => {
    const ok = await Taro.showModal({ title: '取消展位？', content: '展位会让给其他企业' })
    if (!ok.confirm) return
    const r = await call('fairs', 'cancelBooth', { boothId }, { loading: '正在取消' }).catch(() => null)
    if (r) {
      toast('已取消展位')
      void booth.reload()
    }
  }
  const mark = async (action: 'markIntent' | 'markHired', applicationId: number) => {
    const r = await call('fairs', action, { applicationId }, { loading: '正在保存' }).catch(() => null)
    if (r) {
      toast(action === 'markIntent' ? '已标记达成意向' : '已标记录用')
      void booth.reload()
    }
  }
  return (
    <Screen className="fairs">
      <PageState loading={booth.loading && !b} error={booth.error} onRetry={booth.reload}>
        {b && (
          <>
            <View className="card">
              <Text className="fairs-title">{b.enterpriseName}</Text>
              <Text className="fairs-line">
                {b.fair.title} · {dayText(b.fair.date)} {b.fair.start}–{b.fair.end}
              </Text>
              <Text className="muted fairs-line">{b.fair.place}</Text>
              {b.code ? (
                <View role="group" aria-label={`展位码 ${b.code}`}>
                  <View className="fairs-code">{b.code}</View>
                  <Picture className="fairs-qr" src={b.qr} alt={`展位二维码（展位码 ${b.code}）`} />
                  <Text className="muted fairs-line">摆在展位上，已签到的求职者扫码即投递。</Text>
                </View>
              ) : (
                <Text className="fairs-line">展位已取消</Text>
              )}
              {b.cancellable && (
                <Button block fill="outline" onClick={cancel}>
                  取消展位
                </Button>
              )}
            </View>

            <Text className="section-title">岗位</Text>
            {editing ? (
              <PositionsForm initial={b.positions} submitText="保存岗位" onSubmit={save} />
            ) : (
              <View className="card">
                {b.positions.map((p, i) => (
                  <Text key={i} className="fairs-line">
                    {p.title} · {p.headcount} 人 · {p.pay}
                    {p.requirements ? ` · ${p.requirements}` : ''}
                  </Text>
                ))}
                {b.code && b.fair.status !== 'ended' && (
                  <Button fill="outline" onClick={() => setEditing(true)}>
                    修改岗位
                  </Button>
                )}
              </View>
            )}

            <Text className="section-title">收到的投递（{b.applications.length}）</Text>
            {b.applications.length === 0 && (
              <Text className="muted fairs-line">招聘会当天，求职者签到后扫展位码即可投递</Text>
            )}
            <View role="list" aria-label="收到的投递">
              {b.applications.map((a) => (
                <View key={a.id} className="card" role="listitem" aria-label={`${a.name} ${a.appliedAt}`}>
                  <Text className="fairs-title">{a.name}</Text>
                  <Text className="muted fairs-line">
                    {a.phone ?? '未留手机号'} · 投递于 {a.appliedAt}
                  </Text>
                  {a.intentAt && <Text className="fairs-line">达成意向 {a.intentAt}</Text>}
                  {a.hiredAt && <Text className="fairs-line">已录用 {a.hiredAt}</Text>}
                  <View className="row fairs-actions">
                    {a.can.includes('intent') && (
                      <Button fill="outline" onClick={() => void mark('markIntent', a.id)}>
                        达成意向
                      </Button>
                    )}
                    {a.can.includes('hire') && (
                      <Button type="primary" onClick={() => void mark('markHired', a.id)}>
                        录用
                      </Button>
                    )}
                  </View>
                </View>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
