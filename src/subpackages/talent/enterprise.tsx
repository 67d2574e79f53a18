import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { AVAILABILITY, NEED_APPLICATION_STATUS } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { ChallengeCard } from './components/ChallengeCard'
import { go, INDUSTRY_CHAINS, NEED_MODES } from './format'
import { Screen } from '../../components/Screen'
import { Pressable } from '../../components/Pressable'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

const NEED_STATUS = { open: '招募中', filled: '已招到', closed: '已关闭' } as const

type Applicant = Awaited<ReturnType<typeof call<'talent', 'needApplicants'>>>['items'][number]

/** The experts interested in one talent need, with 录用 where the server says (`can`). */
function Applicants({ needId, onHired }: { needId: number; onHired: () => void }) {
  const [items, setItems] = useState<Applicant[]>()
  const load = () =>
    call('talent', 'needApplicants', { needId }, { loading: false }).then(
      (r) => setItems(r.items),
      () => setItems([]),
    )
  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per need shown
  }, [needId])
  if (!items) return <Text className="muted">正在加载…</Text>
  const hire = async (a: Applicant) => {
    const ok = await Taro.showModal({ title: '录用', content: `录用 ${a.name}？对方会收到通知。` }).catch(() => null)
    if (!ok?.confirm) return
    if (await call('talent', 'hireForNeed', { needId, userId: a.userId }, { loading: '正在提交' }).catch(() => null)) {
      toast('已录用')
      await load()
      onHired()
    }
  }
  if (!items.length) return <Text className="muted">还没有专家表达意向</Text>
  return (
    <>
      {items.map((a) => (
        <View key={a.userId} className="talent-item">
          <View className="row">
            <Text className="grow">
              {a.name} · {a.headline || '专家'}
            </Text>
            <Text className="talent-tag">{NEED_APPLICATION_STATUS[a.status]}</Text>
          </View>
          <Text className="muted">
            {a.skills.join('、')}
            {a.availability ? ` · ${AVAILABILITY[a.availability]}` : ''}
            {a.dualAppointment ? ' · 愿意双聘' : ''}
            {a.phone ? ` · ${a.phone}` : ''}
          </Text>
          {!!a.note && <Text className="muted">留言：{a.note}</Text>}
          {a.can.includes('hire') && <Button type="primary" onClick={() => hire(a)}>{`录用：${a.name}`}</Button>}
        </View>
      ))}
    </>
  )
}

/** 企业联络员: my enterprise's challenges (to manage) and talent needs. */
export default function EnterprisePage() {
  const mine = useAction('talent', 'mine', {})
  const [shown, setShown] = useState<number>()
  const closeNeed = async (id: number) => {
    if (await call('talent', 'closeNeed', { id }, { loading: '正在关闭' }).catch(() => null)) {
      toast('已关闭')
      void mine.reload()
    }
  }
  return (
    <Screen className="talent">
      <View className="row talent-links">
        <Pressable className="talent-link talent-link--primary" onPress={() => go('/subpackages/talent/post')}>
          发布榜单
        </Pressable>
        <Pressable className="talent-link" onPress={() => go('/subpackages/talent/post?kind=need')}>
          发布人才需求
        </Pressable>
      </View>
      <PageState
        loading={mine.loading && !mine.data}
        error={mine.error}
        empty={mine.data?.challenges.length === 0 && mine.data?.needs.length === 0}
        emptyText="还没有发布榜单或人才需求"
        onRetry={mine.reload}
      >
        {!!mine.data?.challenges.length && <Text className="section-title">榜单</Text>}
        {mine.data?.challenges.map((c) => (
          <ChallengeCard key={c.id} c={c} href={`/subpackages/talent/manage?id=${c.id}`}>
            <Text className="muted">入围 {c.shortlisted} 人</Text>
          </ChallengeCard>
        ))}
        {!!mine.data?.needs.length && <Text className="section-title">人才需求</Text>}
        {mine.data?.needs.map((n) => (
          <View key={n.id} className="card">
            <View className="row">
              <Text className="talent-card__title grow">{n.role}</Text>
              <Text className="talent-tag">{NEED_STATUS[n.status]}</Text>
            </View>
            <Text className="muted">
              {NEED_MODES[n.mode]} · {INDUSTRY_CHAINS[n.chain]} · {n.skills.join('、')} · {n.place}
            </Text>
            <Pressable
              className="talent-link talent-link--quiet"
              expanded={shown === n.id}
              onPress={() => setShown(shown === n.id ? undefined : n.id)}
            >
              {`意向 ${n.applicants} 人 · 已录用 ${n.hired}/${n.headcount}`}
            </Pressable>
            {shown === n.id && <Applicants needId={n.id} onHired={() => void mine.reload()} />}
            {n.can.includes('close') && <Button onClick={() => closeNeed(n.id)}>{`关闭需求：${n.role}`}</Button>}
          </View>
        ))}
      </PageState>
    </Screen>
  )
}
