import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { go, JobCard } from './parts'
import './jobs.css'
import './contract'

/** 我的求职: my applications with their status; withdraw, check in, rate the employer. */
export default function MyApplications() {
  const list = useAction('jobs', 'myApplications', {})
  const [stars, setStars] = useState<Record<number, number>>({})
  const done = async (run: Promise<unknown>, said: string) => {
    if (await run.catch(() => null)) {
      toast(said)
      void list.reload()
    }
  }
  return (
    <Screen className="jobs">
      <PageState
        loading={list.loading && !list.data}
        error={list.error}
        empty={list.data?.items.length === 0}
        emptyText="还没有投递，去零工市场看看附近的岗位"
        onRetry={list.reload}
      >
        <View role="list" aria-label="我的投递">
          {list.data?.items.map((a) => (
            <View key={a.id} role="listitem" aria-label={a.posting.title}>
              <JobCard
                role="button"
                p={a.posting}
                extra={`状态：${a.statusLabel}${a.reason ? `（${a.reason}）` : ''}`}
              />
              <View className="row jobs-actions">
                {a.can.includes('withdraw') && (
                  <Button
                    size="small"
                    onClick={() => done(call('jobs', 'withdraw', { applicationId: a.id }), '已撤回')}
                  >
                    撤回
                  </Button>
                )}
                {a.can.includes('checkIn') && (
                  <Button size="small" onClick={() => go('/subpackages/jobs/checkin')}>
                    扫码签到
                  </Button>
                )}
              </View>
              {a.can.includes('rate') && (
                <View className="card">
                  <ChipGroup label={`评价「${a.posting.enterprise}」`} kind="radiogroup">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <Chip
                        key={n}
                        role="radio"
                        on={stars[a.id] === n}
                        onPress={() => setStars({ ...stars, [a.id]: n })}
                      >
                        {n} 星
                      </Chip>
                    ))}
                  </ChipGroup>
                  <Button
                    size="small"
                    disabled={!stars[a.id]}
                    onClick={() => done(call('jobs', 'rate', { applicationId: a.id, stars: stars[a.id] }), '已评价')}
                  >
                    提交评价
                  </Button>
                </View>
              )}
            </View>
          ))}
        </View>
        <Text className="muted">录用后企业的联系方式会显示在岗位详情里。</Text>
      </PageState>
      {list.data?.items.length === 0 && (
        <Button type="primary" block onClick={() => go('/subpackages/jobs/index')}>
          去找工作
        </Button>
      )}
    </Screen>
  )
}
