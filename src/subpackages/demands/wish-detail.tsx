import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { AttachmentInput, ClaimerKind, WishDetail } from '../../../contract/demands'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { addDays, formatShanghai, shanghaiDay } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import { Attachments } from './Attachments'
import './demands.css'
import './contract'

/** A wish with its claim: the buttons are what the server's `can` says the caller may do. */
export default function WishDetailPage() {
  const wishId = Number(useRouter().params.id)
  const page = useAction('demands', 'wishDetail', { wishId })
  const [shown, setShown] = useState<WishDetail>()
  const d = shown ?? page.data
  const [as, setAs] = useState(0)
  const [how, setHow] = useState('')
  const [byDate, setByDate] = useState(addDays(shanghaiDay(), 7))
  const [photos, setPhotos] = useState<AttachmentInput[]>([])
  const [note, setNote] = useState('')
  const [thanks, setThanks] = useState('')
  const after = (r: WishDetail | null, said: string) => {
    if (r) {
      setShown(r)
      toast(said)
    }
  }
  const claim = async () => {
    const o = d?.claimAs[as]
    if (!o) return
    const input = { wishId, kind: o.kind as ClaimerKind, how, byDate, ...(o.orgId ? { orgId: o.orgId } : {}) }
    after(await call('demands', 'claimWish', input, { loading: '正在认领' }).catch(() => null), '已认领，等心愿人确认')
  }
  const answer = async (accept: boolean) =>
    d?.claim &&
    after(
      await call('demands', 'answerClaim', { claimId: d.claim.id, accept }, { loading: '正在提交' }).catch(() => null),
      accept ? '已接受认领' : '已婉拒',
    )
  const fulfil = async () =>
    d?.claim &&
    after(
      await call('demands', 'fulfilClaim', { claimId: d.claim.id, photos, note }, { loading: '正在提交' }).catch(
        () => null,
      ),
      '已标记完成，等心愿人确认',
    )
  const confirm = async () =>
    d?.claim &&
    after(
      await call('demands', 'confirmWish', { claimId: d.claim.id, thanks }, { loading: '正在提交' }).catch(() => null),
      '已确认圆梦，谢谢你',
    )

  return (
    <Screen className="demands">
      <PageState loading={page.loading && !d} error={page.error} onRetry={page.reload}>
        {d && (
          <>
            <View className="card item">
              <Text className="badge">{d.wish.categoryLabel}</Text>
              <Text className="item__title">{d.wish.title}</Text>
              {d.wish.description && <Text className="meta">{d.wish.description}</Text>}
              <Text className="meta">
                {d.wish.community} · {d.wish.wisher} · {d.wish.votes} 人也需要
              </Text>
              <Attachments items={d.wish.photos} />
            </View>
            {d.claim ? (
              <View className="card item" role="group" aria-label="认领情况">
                <Text className="section-title">认领：{d.claim.statusLabel}</Text>
                <Text className="meta">
                  {d.claim.kindLabel} {d.claim.claimer} · 预计 {d.claim.byDate} 前
                </Text>
                <Text>{d.claim.how}</Text>
                {d.claim.fulfilNote && <Text className="meta">完成说明：{d.claim.fulfilNote}</Text>}
                <Attachments items={d.claim.photos} />
                {d.claim.thanks && <Text>心愿人的感谢：{d.claim.thanks}</Text>}
                {d.claim.confirmedAt && (
                  <Text className="meta">圆梦于 {formatShanghai(d.claim.confirmedAt, 'M月D日')}</Text>
                )}
              </View>
            ) : (
              <Text className="muted">还没有人认领这个心愿</Text>
            )}
            {d.can.includes('claim') && (
              <View className="card">
                <Text className="section-title">我来认领</Text>
                <ChipGroup label="以谁的名义" kind="radiogroup">
                  {d.claimAs.map((o, i) => (
                    <Chip key={`${o.kind}-${o.orgId ?? 0}`} role="radio" on={as === i} onPress={() => setAs(i)}>
                      {o.label}
                    </Chip>
                  ))}
                </ChipGroup>
                <Field label="打算怎样帮助实现">
                  <Input name="how" value={how} onChange={setHow} maxLength={200} />
                </Field>
                <Field label="预计完成日期（YYYY-MM-DD）">
                  <Input name="byDate" value={byDate} onChange={setByDate} maxLength={10} />
                </Field>
                <Button type="primary" block disabled={how.trim().length < 2} onClick={claim}>
                  认领这个心愿
                </Button>
              </View>
            )}
            {d.can.includes('accept') && (
              <View className="row-buttons">
                <Button type="primary" onClick={() => answer(true)}>
                  接受认领
                </Button>
                <Button fill="outline" onClick={() => answer(false)}>
                  婉拒
                </Button>
              </View>
            )}
            {d.can.includes('fulfil') && (
              <View className="card">
                <Text className="section-title">标记完成</Text>
                <Field label="完成说明（选填）">
                  <Input name="note" value={note} onChange={setNote} maxLength={200} />
                </Field>
                <AttachmentPicker value={photos} onChange={setPhotos} />
                <Button type="primary" block disabled={photos.length === 0} onClick={fulfil}>
                  上传照片并标记完成
                </Button>
              </View>
            )}
            {d.can.includes('confirm') && (
              <View className="card">
                <Text className="section-title">确认圆梦</Text>
                <Field label="一句感谢（会显示在圆梦墙，名字打码）">
                  <Input name="thanks" value={thanks} onChange={setThanks} maxLength={60} />
                </Field>
                <Button type="primary" block disabled={thanks.trim().length < 2} onClick={confirm}>
                  确认并感谢
                </Button>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
