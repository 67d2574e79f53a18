import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { TALENT_SUBSCRIBE_KINDS } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { preloadSubscribeTemplates, subscribeInTap } from '../../services/subscribe'
import { Button } from '../../ui/Button'
import { Field } from './components/Field'
import { awardText, go, INDUSTRY_CHAINS, stateText, TAKE_STATUS } from './format'
import { useRoles } from './useRoles'
import { Screen } from '../../components/Screen'
import { Chip } from '../../components/Chip'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

type View_ = Awaited<ReturnType<typeof call<'talent', 'challenge'>>>
type Details = Awaited<ReturnType<typeof call<'talent', 'details'>>>
type Team = Awaited<ReturnType<typeof call<'talent', 'myTeams'>>>['teams'][number]

/** One challenge: its public page; after the terms, its details and the take form (揭榜). */
export default function ChallengePage() {
  const { params } = useRouter()
  const id = Number(params.id)
  const roles = useRoles()
  const [c, setC] = useState<View_>()
  const [details, setDetails] = useState<Details>()
  const [error, setError] = useState<CallError>()
  const [teams, setTeams] = useState<Team[]>([])
  const [teamId, setTeamId] = useState<number>()
  const [proposal, setProposal] = useState('')
  const [timeline, setTimeline] = useState('')
  const [price, setPrice] = useState('')

  const load = () => {
    setError(undefined)
    call('talent', 'challenge', { id }, { loading: false, toast: false }).then((v) => {
      setC(v)
      if (v.termsAccepted || v.isOwner)
        call('talent', 'details', { challengeId: id }, { loading: false, toast: false }).then(
          setDetails,
          () => undefined,
        )
    }, setError)
  }
  useDidShow(() => {
    load()
    preloadSubscribeTemplates()
    call('talent', 'myTeams', {}, { loading: false, toast: false }).then(
      (r) => setTeams(r.teams.filter((t) => t.formed)),
      () => setTeams([]),
    )
  })

  const accept = async () => {
    const d = await call('talent', 'acceptTerms', { challengeId: id }, { loading: '正在确认' }).catch(() => null)
    if (d) {
      setDetails(d)
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
      <PageState loading={!c && !error} error={error} onRetry={load}>
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
                      <View className="talent-field">
                        <Text className="talent-field__label">以谁的名义揭榜</Text>
                        <View className="row talent-chips" role="radiogroup" aria-label="以谁的名义揭榜">
                          {[undefined, ...teams].map((t) => (
                            <Chip
                              key={t?.id ?? 'me'}
                              role="radio"
                              on={teamId === t?.id}
                              onPress={() => setTeamId(t?.id)}
                            >
                              {t ? `团队：${t.name}` : '个人'}
                            </Chip>
                          ))}
                        </View>
                      </View>
                    )}
                    <Field
                      label="攻关方案"
                      multiline
                      maxlength={2000}
                      value={proposal}
                      onInput={setProposal}
                      placeholder="思路、已有基础、分工"
                    />
                    <Field label="计划周期" value={timeline} onInput={setTimeline} placeholder="如 3 个月" />
                    <Field label="报价（元）" type="number" value={price} onInput={setPrice} placeholder="如 180000" />
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
