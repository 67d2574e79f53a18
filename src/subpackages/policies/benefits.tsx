import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { PolicyCard } from './components/PolicyCard'
import { yuan } from './format'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { Button } from '../../ui/Button'
import './policies.css'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })

/** 我能享受: what the person qualifies for, summed; what more they may get once they fill in a fact or two. */
export default function BenefitsPage() {
  const [data, setData] = useState<OutputOf<'policies', 'benefits'>>()
  const [error, setError] = useState<CallError>()
  // Again each time the page shows: back from 我的条件, the sums have changed.
  const load = () => {
    setError(undefined)
    call('policies', 'benefits', {}, { loading: false, toast: false }).then(setData, setError)
  }
  useDidShow(load)
  const t = data?.totals
  return (
    <Screen className="pol">
      <PageState loading={!data && !error} error={error} onRetry={load}>
        {data && t && (
          <>
            <View className="card pol-totals" role="region" aria-label="我能享受">
              <Text className="section-title">按你的条件，可以享受</Text>
              <View className="pol-totals__row">
                <Text className="pol-totals__label">补贴奖励</Text>
                <Text className="pol-totals__value" aria-label="补贴奖励合计">
                  {t.cashMax
                    ? t.cashMin === t.cashMax
                      ? yuan(t.cashMax)
                      : `${yuan(t.cashMin)}–${yuan(t.cashMax)}`
                    : '—'}
                </Text>
              </View>
              <View className="pol-totals__row">
                <Text className="pol-totals__label">贷款额度</Text>
                <Text className="pol-totals__value">
                  {t.loanMax
                    ? `最高 ${yuan(t.loanMax)}${t.loanChoices > 1 ? `（${t.loanChoices} 项择一享受）` : ''}`
                    : '—'}
                </Text>
              </View>
              {t.prizes > 0 && (
                <View className="pol-totals__row">
                  <Text className="pol-totals__label">可参加的竞赛评选</Text>
                  <Text className="pol-totals__value">{t.prizes} 项（奖金需获奖，不计入补贴）</Text>
                </View>
              )}
              <View className="pol-totals__row">
                <Text className="pol-totals__label">服务保障</Text>
                <Text className="pol-totals__value">{t.services} 项</Text>
              </View>
              <Text className="muted pol-para">
                符合 {t.eligible} 条，可能符合 {t.maybe}{' '}
                条（仍在受理或常年受理的政策）。补贴奖励为各项上限之和；贷款一次只能办一笔，只计最高一项；以实际审核为准。
              </Text>
              <Button fill="outline" onClick={() => go('/subpackages/policies/profile')}>
                {data.hasProfile ? '修改我的条件' : '填写我的条件'}
              </Button>
            </View>

            {data.toFill.length > 0 && (
              <View className="card">
                <Text className="section-title">补充这些条件，看看还能享受什么</Text>
                <View className="pol-row" role="group" aria-label="待补充的条件">
                  {data.toFill.slice(0, 6).map((f) => (
                    <Pressable
                      key={f.field}
                      className="chip"
                      onPress={() => go(`/subpackages/policies/profile?only=${f.field}`)}
                    >
                      {f.label}（{f.policies} 条）
                    </Pressable>
                  ))}
                </View>
              </View>
            )}

            <Text className="section-title pol-heading">符合（{data.eligible.length}）</Text>
            <View role="list" aria-label="符合的政策">
              {data.eligible.map((p) => (
                <PolicyCard key={p.id} p={p} />
              ))}
            </View>
            {!data.eligible.length && <Text className="muted pol-para">暂时没有完全符合的政策。</Text>}

            <Text className="section-title pol-heading">可能符合（{data.maybe.length}）</Text>
            <View role="list" aria-label="可能符合的政策">
              {data.maybe.map((p) => (
                <PolicyCard key={p.id} p={p} note={`还需：${p.eligibility?.missing.map((m) => m.label).join('、')}`} />
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
