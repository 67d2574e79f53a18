import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { TALENT_SUBSCRIBE_KINDS } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction, useData } from '../../hooks/useAction'
import { call } from '../../services/call'
import { preloadSubscribeTemplates, subscribeInTap } from '../../services/subscribe'
import { Button } from '../../ui/Button'
import { Choice } from '../../components/Choice'
import { TextField } from '../../components/TextField'
import { awardText, go, INDUSTRY_CHAINS, stateText, TAKE_STATUS } from './format'
import { useRoles } from './useRoles'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

/** One challenge: its public page; after the terms, its details and the take form (揭榜). */
export default function ChallengePage() {
  const { params } = useRouter()
  const id = Number(params.id)
  const roles = useRoles()
  // The challenge, and its details once the terms are accepted (or for its enterprise).
  const page = useData(async () => {
    const c = await call('talent', 'challenge', { id }, { loading: false, toast: false })
    const details =
      c.termsAccepted || c.isOwner
        ? await call('talent', 'details', { challengeId: id }, { loading: false, toast: false }).catch(() => undefined)
        : undefined
    return { c, details }
  }, [id])
  const c = page.data?.c
  const details = page.data?.details
  const myTeams = useAction('talent', 'myTeams', {})
  const teams = (myTeams.data?.teams ?? []).filter((t) => t.formed)
  const [teamId, setTeamId] = useState<number>()
  const [proposal, setProposal] = useState('')
  const [timeline, setTimeline] = useState('')
  const [price, setPrice] = useState('')
  const load = () => void page.reload()
  useEffect(() => preloadSubscribeTemplates(), [])

  const accept = async () => {
    const d = await call('talent', 'acceptTerms', { challengeId: id }, { loading: '正在确认' }).catch(() => null)
    if (d) {
      page.set((old) => old && { ...old, details: d })
      load()
    }
  }
  const take = async () => {
    subscribeInTap([...TALENT_SUBSCRIBE_KINDS])
    const r = await call(
      'talent',
      'take',
      { challengeId: id, proposal, timeline, priceYuan: Number(price) || 0, ...(teamId ? { teamId } : {}) },
      { loading: '正在揭榜' },
    ).catch(() => null)
    if (r) {
      toast('揭榜成功，等待企业评审')
      load()
    }
  }
  const withdraw = async () => {
    if (!c?.mine) return
    const ok = await Taro.showModal({ title: '撤回揭榜？', content: '撤回后可在截止前重新揭榜' })
    if (!ok.confirm) return
    if (await call('talent', 'withdrawTake', { takeId: c.mine.id }, { loading: '正在撤回' }).catch(() => null)) load()
  }

  const isExpert = roles.includes('expert')
  return (
    <Screen className="talent">
      <PageState loading={page.loading && !page.data} error={page.error} onRetry={page.reload}>
        {c && (
          <>
            <View className="card">
              <Text className="talent-card__title">{c.title}</Text>
              <Text className="talent-card__award">{awardText(c)}</Text>
              <Text className="talent-card__summary">{c.summary}</Text>
              <View className="row talent-card__tags">
                <Text className="talent-tag">{INDUSTRY_CHAINS[c.chain]}</Text>
                {c.skills.map((s) => (
                  <Text key={s} className="talent-tag talent-tag--skill">
                    {s}
                  </Text>
                ))}
              </View>
              <Text className="muted">
                {c.enterpriseName} · {c.communityName} · {stateText(c)} · {c.takers} 人揭榜
              </Text>
              {c.isOwner && (
                <View className="row talent-actions">
                  <Button type="primary" onClick={() => go(`/subpackages/talent/manage?id=${id}`)}>
                    管理榜单
                  </Button>
                </View>
              )}
            </View>

            <View className="card">
              <Text className="section-title">保密条款</Text>
              <Text className="talent-terms">{c.terms}</Text>
              {details ? (
                <View className="talent-secret card">
                  <Text className="section-title">榜单详情（保密）</Text>
                  <Text className="talent-field__label">技术问题</Text>
                  <Text className="talent-card__summary">{details.problem}</Text>
                  <Text className="talent-field__label">攻关目标</Text>
                  <Text className="talent-card__summary">{details.goals}</Text>
                  <Text className="talent-field__label">验收标准</Text>
                  <Text className="talent-card__summary">{details.criteria}</Text>
                </View>
              ) : isExpert ? (
                <Button type="primary" block onClick={accept}>
                  同意保密条款并查看详情
                </Button>
              ) : (
                <Text className="muted">详情仅向同意保密条款的专家展示{roles.length ? '' : '，请先登录'}。</Text>
              )}
            </View>

            {c.mine && (
              <View className="card">
                <Text className="section-title">我的揭榜 · {TAKE_STATUS[c.mine.status]}</Text>
                <Text className="talent-card__summary">{c.mine.proposal}</Text>
                <Text className="muted">
                  {c.mine.teamName ? `团队：${c.mine.teamName} · ` : ''}周期 {c.mine.timeline} · 报价 {c.mine.priceYuan}{' '}
                  元
                </Text>
                {c.open && ['submitted', 'shortlisted'].includes(c.mine.status) && (
                  <View className="row talent-actions">
                    <Button onClick={withdraw}>撤回揭榜</Button>
                  </View>
                )}
              </View>
            )}

            {isExpert && details && !c.isOwner && (!c.mine || c.mine.status === 'withdrawn') && (
              <View className="card">
                <Text className="section-title">揭榜</Text>
                {c.cannotTake ? (
                  <Text className="muted">{c.cannotTake}</Text>
                ) : (
                  <>
                    {teams.length > 0 && (
                      <Choice
                        label="以谁的名义揭榜"
                        options={[[0, '个人'], ...teams.map((t) => [t.id, `团队：${t.name}`] as const)]}
                        value={teamId ?? 0}
                        onChange={(v) => setTeamId(v || undefined)}
                      />
                    )}
                    <TextField
                      label="攻关方案"
                      multiline
                      maxLength={2000}
                      value={proposal}
                      onChange={setProposal}
                      placeholder="思路、已有基础、分工"
                    />
                    <TextField label="计划周期" value={timeline} onChange={setTimeline} placeholder="如 3 个月" />
                    <TextField
                      label="报价（元）"
                      type="number"
                      value={price}
                      onChange={setPrice}
                      placeholder="如 180000"
                    />
                    <Button type="primary" block onClick={take}>
                      确认揭榜
                    </Button>
                  </>
                )}
              </View>
            )}
            {c.cannotTake && !details && isExpert && <Text className="muted">{c.cannotTake}</Text>}
          </>
        )}
      </PageState>
    </Screen>
  )
}
