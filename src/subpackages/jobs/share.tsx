import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { SHARE_SIDES } from '../../../contract/jobs'
import type { OutputOf } from '../../../contract'
import { Choice, optionsOf } from '../../components/Choice'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { useAction, useData } from '../../hooks/useAction'
import { call } from '../../services/call'
import { addDays, shanghaiDay } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { go, splitWords } from './parts'
import './jobs.css'
import './contract'

type Board = OutputOf<'jobs', 'shareBoard'>
type Offer = Board['offers'][number]
type Match = Board['matches'][number]
type Side = keyof typeof SHARE_SIDES

const CONSENT = { pending: '待本人确认', consented: '已同意', declined: '不同意' } as const
const days = (start: string, end: string) =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1

/**
 * 共享员工 (002: 灵峰's 全链共享): a liaison offers slack workers (借出) or asks for some at a peak
 * (借入); the community's 社工 sees both sides next to each other and matches them; both
 * enterprises confirm; the lender names its workers and each worker consents here (the notice
 * opens this page at the match). Everything shown and every button comes from shareBoard's `can`.
 */
export default function Share() {
  const { params } = useRouter()
  const focus = Number(params.matchId) || null
  const board = useAction('jobs', 'shareBoard', {})
  const b = board.data
  const seesStats = !!b?.can.includes('stats')
  const stats = useData(
    () => (seesStats ? call('jobs', 'shareStats', {}, { loading: false }) : Promise.resolve(null)),
    [seesStats],
  )
  const done = async (run: Promise<unknown>, said: string) => {
    if (await run.catch(() => null)) {
      toast(said)
      void board.reload()
      if (seesStats) void stats.reload()
      return true
    }
    return false
  }
  const nothing = !!b && b.can.length === 0 && b.matches.length === 0
  // The match the notice named first.
  const matches = [...(b?.matches ?? [])].sort((x, y) => Number(y.id === focus) - Number(x.id === focus))
  return (
    <Screen className="jobs">
      <PageState
        loading={board.loading && !b}
        error={board.error}
        empty={nothing}
        emptyText="暂时没有需要你确认的共享员工安排。企业安排你到其他企业临时工作时，会在这里请你确认。"
        emptyAction={{ label: '去零工市场看看', onPress: () => go('/subpackages/jobs/index') }}
        onRetry={board.reload}
      >
        {b && seesStats && stats.data && (
          <View className="card" role="region" aria-label="共享员工统计">
            <Text className="section-title">共享员工统计</Text>
            {stats.data.communities.length === 0 && <Text className="muted">还没有双方都已确认的对接</Text>}
            {stats.data.communities.map((c) => (
              <Text key={c.community}>
                {c.community}：对接 {c.matches} 次，共享 {c.workerDays} 人·天
              </Text>
            ))}
            <Text className="muted">人·天 = 双方确认的对接中，本人同意的员工数 × 对接天数。</Text>
          </View>
        )}
        {b?.can.includes('offer') && <OfferForm board={b} onDone={done} />}
        {b?.can.includes('match') && <MatchDesk offers={b.offers} onDone={done} />}
        {b && !b.can.includes('match') && b.offers.length > 0 && (
          <View role="list" aria-label="我发布的共享员工信息">
            <Text className="section-title">我发布的</Text>
            {b.offers.map((o) => (
              <View key={o.id} role="listitem" className="card">
                <OfferText o={o} />
              </View>
            ))}
          </View>
        )}
        {matches.length > 0 && (
          <View role="list" aria-label="共享员工对接">
            <Text className="section-title">对接</Text>
            {matches.map((m) => (
              <MatchCard key={m.id} m={m} onDone={done} />
            ))}
          </View>
        )}
      </PageState>
    </Screen>
  )
}

type Done = (run: Promise<unknown>, said: string) => Promise<boolean>

function OfferText({ o }: { o: Offer }) {
  return (
    <>
      <Text className="jobs-card__title">
        {o.enterprise} · {SHARE_SIDES[o.side]} {o.headcount} 人
      </Text>
      <Text className="muted">
        {o.startDate} 至 {o.endDate}（{days(o.startDate, o.endDate)} 天）·{' '}
        {{ open: '待对接', matched: '已对接', closed: '已关闭' }[o.status]}
      </Text>
      {!!o.skills.length && <Text className="muted">技能：{o.skills.join('、')}</Text>}
      {!!o.note && <Text className="muted">{o.note}</Text>}
    </>
  )
}

/** A liaison: offer slack workers or ask for workers, for one of their enterprises and a period. */
function OfferForm({ board, onDone }: { board: Board; onDone: Done }) {
  const [enterpriseId, setEnterpriseId] = useState(board.enterprises[0]?.id ?? 0)
  const [side, setSide] = useState<Side>('lend')
  const [f, setF] = useState({
    headcount: '',
    startDate: addDays(shanghaiDay(), 7),
    endDate: addDays(shanghaiDay(), 20),
    skills: '',
    note: '',
  })
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }))
  const submit = async () => {
    const ok = await onDone(
      call('jobs', 'shareOffer', {
        enterpriseId,
        side,
        headcount: Number(f.headcount),
        startDate: f.startDate,
        endDate: f.endDate,
        skills: splitWords(f.skills),
        note: f.note,
      }),
      '已发布，社工会为你对接',
    )
    if (ok) setF((x) => ({ ...x, headcount: '', skills: '', note: '' }))
  }
  return (
    <View className="card" role="form" aria-label="发布共享员工信息">
      <Text className="section-title">发布共享员工信息</Text>
      <Text className="muted">
        淡季人手富余可借出，旺季缺人可借入。员工仍与原企业保持劳动关系，每位员工须本人同意。
      </Text>
      {board.enterprises.length > 1 && (
        <Choice
          label="企业"
          options={board.enterprises.map((e) => [String(e.id), e.name] as const)}
          value={String(enterpriseId)}
          onChange={(v) => setEnterpriseId(Number(v))}
        />
      )}
      <Choice label="借出还是借入" options={optionsOf(SHARE_SIDES)} value={side} onChange={setSide} />
      <TextField label="人数" type="number" value={f.headcount} onChange={set('headcount')} maxLength={3} />
      <TextField label="开始日期（YYYY-MM-DD）" value={f.startDate} onChange={set('startDate')} maxLength={10} />
      <TextField label="结束日期（YYYY-MM-DD）" value={f.endDate} onChange={set('endDate')} maxLength={10} />
      <TextField
        label="岗位技能（用、分隔，可不填）"
        value={f.skills}
        onChange={set('skills')}
        placeholder="如：装配、包装"
      />
      <TextField label="说明（可不填）" value={f.note} onChange={set('note')} multiline maxLength={200} />
      <Button type="primary" block disabled={!f.headcount} why="请填写人数" onClick={submit}>
        发布
      </Button>
    </View>
  )
}

/** The 社工: open offers to lend and asks to borrow side by side; choose one of each and match. */
function MatchDesk({ offers, onDone }: { offers: Offer[]; onDone: Done }) {
  const [lend, setLend] = useState<Offer | null>(null)
  const [borrow, setBorrow] = useState<Offer | null>(null)
  const [headcount, setHeadcount] = useState('')
  const open = offers.filter((o) => o.can.includes('match'))
  const column = (side: Side, chosen: Offer | null, choose: (o: Offer) => void) => {
    const list = open.filter((o) => o.side === side)
    return (
      <View className="jobs-share-col" role="group" aria-label={SHARE_SIDES[side]}>
        <Text className="section-title">
          {SHARE_SIDES[side]}（{list.length}）
        </Text>
        {list.length === 0 && <Text className="muted">暂无</Text>}
        {list.map((o) => (
          <Pressable
            key={o.id}
            className={`card jobs-share-offer${chosen?.id === o.id ? ' jobs-share-offer--on' : ''}`}
            pressed={chosen?.id === o.id}
            onPress={() => choose(o)}
          >
            <OfferText o={o} />
            <Text className="muted">{o.community}</Text>
          </Pressable>
        ))}
      </View>
    )
  }
  const most = lend && borrow ? Math.min(lend.headcount, borrow.headcount) : 0
  const submit = async () => {
    if (!lend || !borrow) return
    const ok = await onDone(
      call('jobs', 'shareMatch', { lendId: lend.id, borrowId: borrow.id, headcount: Number(headcount) || most }),
      '已对接，请双方企业确认',
    )
    if (ok) {
      setLend(null)
      setBorrow(null)
      setHeadcount('')
    }
  }
  return (
    <View className="card" role="region" aria-label="对接共享员工">
      <Text className="section-title">对接共享员工</Text>
      <Text className="muted">左边选一家借出的企业，右边选一家借入的企业，人数不超过双方，时间取双方重叠的日子。</Text>
      <View className="jobs-share-cols">
        {column('lend', lend, setLend)}
        {column('borrow', borrow, setBorrow)}
      </View>
      {lend && borrow && (
        <TextField
          label={`对接人数（最多 ${most} 人）`}
          type="number"
          value={headcount}
          onChange={setHeadcount}
          placeholder={String(most)}
          maxLength={3}
        />
      )}
      <Button type="primary" block disabled={!lend || !borrow} why="请各选一家借出和借入的企业" onClick={submit}>
        对接
      </Button>
    </View>
  )
}

/** A match: both enterprises, the period and headcount, who is named and who consented. */
function MatchCard({ m, onDone }: { m: Match; onDone: Done }) {
  const [phone, setPhone] = useState('')
  const named = m.workers.filter((w) => w.consent !== 'declined').length
  const consented = m.workers.filter((w) => w.consent === 'consented').length
  const n = days(m.startDate, m.endDate)
  return (
    <View role="listitem" className="card" aria-label={`${m.lender} 借给 ${m.borrower}`}>
      <Text className="jobs-card__title">
        {m.lender} 借给 {m.borrower}
      </Text>
      <Text>
        {m.startDate} 至 {m.endDate}（{n} 天）· 约定 {m.headcount} 人
      </Text>
      <Text className="muted">
        借出方{m.lenderConfirmed ? '已确认' : '待确认'} · 借入方{m.borrowerConfirmed ? '已确认' : '待确认'}
      </Text>
      <Text className="muted">
        已安排 {named}/{m.headcount} 人，本人同意 {consented} 人 · 共享 {m.workerDays} 人·天
      </Text>
      {m.workers.length > 0 && (
        <View role="list" aria-label="安排的员工">
          {m.workers.map((w, i) => (
            <View key={i} role="listitem">
              <Text className="muted">
                {w.name}：{CONSENT[w.consent]}
              </Text>
            </View>
          ))}
        </View>
      )}
      {m.can.includes('confirm') && (
        <Button type="primary" onClick={() => onDone(call('jobs', 'shareConfirm', { matchId: m.id }), '已确认对接')}>
          确认对接
        </Button>
      )}
      {m.can.includes('addWorker') && (
        <View>
          <TextField
            label="安排员工：员工在链社登录用的手机号"
            type="number"
            value={phone}
            onChange={setPhone}
            maxLength={11}
          />
          <Button
            disabled={phone.length !== 11}
            why="请填写 11 位手机号"
            onClick={async () => {
              if (await onDone(call('jobs', 'shareAddWorker', { matchId: m.id, phone }), '已安排，等待员工本人同意'))
                setPhone('')
            }}
          >
            安排这位员工
          </Button>
        </View>
      )}
      {m.can.includes('consent') && (
        <View className="card" role="region" aria-label="请确认是否同意">
          <Text>
            {m.lender} 安排你在 {m.startDate} 至 {m.endDate} 到 {m.borrower} 临时工作。你仍是 {m.lender}
            的员工，劳动关系不变；是否参加由你本人决定，你的答复会被记录。
          </Text>
          <View className="row jobs-actions">
            <Button
              type="primary"
              onClick={() => onDone(call('jobs', 'shareConsent', { matchId: m.id, consent: true }), '已同意')}
            >
              同意参加
            </Button>
            <Button
              onClick={() => onDone(call('jobs', 'shareConsent', { matchId: m.id, consent: false }), '已答复不参加')}
            >
              不同意
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
