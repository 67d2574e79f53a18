import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import {
  BENEFIT_KINDS,
  POLICY_CATEGORIES,
  POLICY_SUBSCRIBE_KINDS,
  POLICY_TOPICS,
  VERDICTS,
  type PolicyDetail,
} from '../../../contract/policies'
import { PLACES } from '../../../contract/policy-rules'
import { PageState } from '../../components/PageState'
import { openLink } from '../../platform/open-link'
import { shareLink } from '../../platform/share'
import { call, type CallError } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { subscribeInTap } from '../../services/subscribe'
import { benefitAmount, dayOf, hourLabel, windowLabel } from './format'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { dayText } from '../../services/time'
import './policies.css'
import './contract'

type Salon = OutputOf<'activities', 'list'>['items'][number]
const go = (url: string) => Taro.navigateTo({ url })

/** A policy: what it gives, for whom (and whether for me), how to apply, what changed. */
export default function PolicyDetailPage() {
  const { params } = useRouter()
  const id = Number(params.id)
  const [d, setD] = useState<PolicyDetail>()
  const [error, setError] = useState<CallError>()
  const [salons, setSalons] = useState<Salon[]>([])
  const [history, setHistory] = useState(false)

  const load = () => {
    setError(undefined)
    call('policies', 'detail', { id }, { loading: false, toast: false }).then(setD, setError)
  }
  useDidShow(() => {
    load()
    call('activities', 'list', { category: 'salon' }, { loading: false, toast: false }).then(
      (r) => setSalons(r.items.slice(0, 3)),
      () => undefined,
    )
  })
  useShareAppMessage(() => ({
    title: d ? `${d.title} · 链社政策` : '链社政策',
    path: `/subpackages/policies/detail?id=${id}`,
  }))

  const favourite = async () => {
    if (!d) return
    if (!getSessionToken()) return go('/pages/login/index')
    if (!d.favourite) subscribeInTap([...POLICY_SUBSCRIBE_KINDS])
    const r = await call('policies', 'favourite', { policyId: d.id, on: !d.favourite }, { loading: false }).catch(
      () => null,
    )
    if (r) {
      setD({ ...d, favourite: r.favourite })
      toast(r.favourite ? '已收藏，截止前会提醒你' : '已取消收藏')
    }
  }
  const share = () => {
    if (!d) return
    shareLink(`/subpackages/policies/detail?id=${d.id}`)
  }
  const e = d?.eligibility
  const latest = d?.versions[0]
  // 办理方式 as steps: one per line or sentence.
  const steps = (d?.howToApply ?? '')
    .split(/[\n；;。]+/)
    .map((x) => x.trim())
    .filter(Boolean)

  return (
    <Screen className="pol">
      <PageState loading={!d && !error} error={error} onRetry={load}>
        {d && (
          <>
            <View className="card">
              <Text className="pol-detail__title">{d.title}</Text>
              <View className="pol-card__tags">
                <Text className="pol-tag">{POLICY_CATEGORIES[d.category]}</Text>
                <Text className="pol-tag pol-tag--topic">{POLICY_TOPICS[d.topic]}</Text>
                <Text className={`pol-window pol-window--${d.window}`}>{windowLabel(d)}</Text>
              </View>
              <Text className="muted pol-card__meta">
                {PLACES[d.region]} · {d.issuer} · 第 {d.version} 版
              </Text>
              {d.withdrawn && (
                <View className="pol-warn" role="alert">
                  <Text>这条政策已废止，仅供查阅。</Text>
                </View>
              )}
              <View className="pol-actions">
                <Button
                  type={d.favourite ? 'default' : 'primary'}
                  fill={d.favourite ? 'outline' : 'solid'}
                  aria-pressed={d.favourite}
                  onClick={favourite}
                >
                  {d.favourite ? '已收藏' : '收藏'}
                </Button>
                {/* weapp: only a real Button opens WeChat's share sheet (open-type); on H5 it copies the link. */}
                <Button fill="outline" openType="share" onClick={share}>
                  分享
                </Button>
                {d.canEdit && (
                  <Button fill="outline" onClick={() => go(`/subpackages/policies/edit?id=${d.id}`)}>
                    编辑
                  </Button>
                )}
              </View>
            </View>

            {e && (
              <View
                className={`card pol-elig pol-elig--${e.verdict}`}
                role="status"
                aria-label={`资格：${VERDICTS[e.verdict]}`}
              >
                <Text className="pol-elig__verdict">{VERDICTS[e.verdict]}</Text>
                {e.verdict === 'eligible' && (
                  <Text className="pol-para">按你填写的条件，你符合这条政策的申请条件。</Text>
                )}
                {e.verdict === 'maybe' && (
                  <>
                    <Text className="pol-para">还差这些信息才能判断：{e.missing.map((m) => m.label).join('、')}</Text>
                    <Button
                      type="primary"
                      onClick={() =>
                        go(`/subpackages/policies/profile?only=${e.missing.map((m) => m.field).join(',')}`)
                      }
                    >
                      补充 {e.missing.length} 项条件
                    </Button>
                  </>
                )}
                {e.verdict === 'ineligible' && (
                  <View role="list" aria-label="不符合的条件">
                    {e.failed.map((f) => (
                      <View key={f} className="pol-elig__reason" role="listitem">
                        <Text>{f}</Text>
                      </View>
                    ))}
                  </View>
                )}
              </View>
            )}
            {!e && (
              <View className="card">
                <Text>登录并填写你的条件，即可看到这条政策是否适合你。</Text>
                <Button fill="outline" onClick={() => go('/pages/login/index')}>
                  去登录
                </Button>
              </View>
            )}

            <View className="card">
              <Text className="section-title">可享受</Text>
              <Text className="pol-benefit">{benefitAmount(d)}</Text>
              <Text>
                {BENEFIT_KINDS[d.benefitKind]}：{d.benefitText}
              </Text>
            </View>
            <View className="card">
              <Text className="section-title">政策说明</Text>
              <Text className="pol-para">{d.summary}</Text>
            </View>
            <View className="card">
              <Text className="section-title">申请条件</Text>
              {d.conditionsText.length ? (
                <View role="list" aria-label="申请条件">
                  {d.conditionsText.map((c) => (
                    <View key={c} className="pol-li" role="listitem">
                      <Text>{c}</Text>
                    </View>
                  ))}
                </View>
              ) : (
                <Text>不限</Text>
              )}
              {d.conditionsNote && <Text className="muted pol-para">{d.conditionsNote}</Text>}
            </View>
            <View className="card" role="region" aria-label="怎么申请">
              <Text className="section-title">怎么申请</Text>
              <Text className="pol-kv">
                受理时间：{d.opensOn ? dayText(d.opensOn) : '即日起'} 至 {d.closesOn ? dayText(d.closesOn) : '长期有效'}
              </Text>
              <View role="list" aria-label="申请步骤">
                <View className="pol-li" role="listitem">
                  <Text className="pol-change__label">1. 准备材料</Text>
                  {d.materials.length > 0 ? (
                    d.materials.map((m) => (
                      <Text key={m} className="pol-kv">
                        · {m}
                      </Text>
                    ))
                  ) : (
                    <Text className="pol-kv">政策未列出材料，办理前请电话咨询</Text>
                  )}
                </View>
                <View className="pol-li" role="listitem">
                  <Text className="pol-change__label">2. 提交申请</Text>
                  {d.onlineUrl && <Text className="pol-kv">网上办理：点下方「去办理」</Text>}
                  {d.office && <Text className="pol-kv">到窗口办理：{d.office}</Text>}
                  {steps.map((x) => (
                    <Text key={x} className="pol-kv">
                      · {x}
                    </Text>
                  ))}
                  {!d.onlineUrl && !d.office && steps.length === 0 && (
                    <Text className="pol-kv">暂未登记办理渠道，可先咨询{d.issuer}或预约青创导师</Text>
                  )}
                </View>
                <View className="pol-li" role="listitem">
                  <Text className="pol-change__label">3. 有问题先咨询</Text>
                  <Text className="pol-kv">
                    {d.phone ? `咨询电话 ${d.phone}（${d.issuer}）` : `${d.issuer}；也可预约青创导师当面问`}
                  </Text>
                </View>
              </View>
              <View className="pol-actions">
                {d.onlineUrl && (
                  <Button fill="outline" onClick={() => openLink(d.onlineUrl)}>
                    去办理
                  </Button>
                )}
                {d.phone ? (
                  <Button fill="outline" onClick={() => Taro.makePhoneCall({ phoneNumber: d.phone })}>
                    去咨询 {d.phone}
                  </Button>
                ) : (
                  <Button fill="outline" onClick={() => go('/subpackages/policies/mentors')}>
                    去咨询青创导师
                  </Button>
                )}
              </View>
              {d.sourceTitle && (
                <Text className="muted pol-kv">
                  政策文件：{d.sourceTitle}
                  {d.sourceDate ? `（${dayText(d.sourceDate)}）` : ''}
                </Text>
              )}
            </View>

            {latest && (
              <View className="card">
                <Pressable className="pol-link-row" expanded={history} onPress={() => setHistory(!history)}>
                  {`第 ${latest.version} 版 · ${dayOf(latest.editedAt)} 更新${history ? '（收起）' : '，查看改了什么'}`}
                </Pressable>
                {history && (
                  <>
                    {latest.note && <Text className="pol-para">{latest.note}</Text>}
                    {latest.changes.map((c) => (
                      <View key={c.field} className="pol-change">
                        <Text className="pol-change__label">{c.label}</Text>
                        <Text className="pol-change__before">{c.before}</Text>
                        <Text className="pol-change__after">→ {c.after}</Text>
                      </View>
                    ))}
                    {d.versions.slice(1).map((v) => (
                      <View key={v.version} className="pol-version">
                        <Text className="pol-change__label">
                          第 {v.version} 版 · {dayOf(v.editedAt)} · {v.editorName}
                        </Text>
                        <Text className="muted">
                          {v.note || (v.changes.length ? v.changes.map((c) => c.label).join('、') : '')}
                        </Text>
                      </View>
                    ))}
                  </>
                )}
              </View>
            )}

            <View className="card">
              <Text className="section-title">想当面问问？</Text>
              <Button fill="outline" onClick={() => go('/subpackages/policies/mentors')}>
                预约青创导师
              </Button>
              {salons.map((s) => (
                <Pressable
                  key={s.id}
                  className="pol-link-row"
                  onPress={() => go(`/subpackages/activities/detail?id=${s.id}`)}
                >
                  {s.title} · {hourLabel(s.startsAt)}
                </Pressable>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
