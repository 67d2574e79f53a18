import { Text, View } from '@tarojs/components'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { go } from './parts'
import './jobs.css'
import './contract'

/**
 * 社工 / market staff: each community's 零工市场 in figures — postings, applications by status, hires,
 * gig hours confirmed, 共享员工 worker-days, and the weekly 专场招聘会 held so far.
 */
export default function MarketStats() {
  const q = useAction('jobs', 'marketStats', {})
  return (
    <Screen className="jobs">
      <PageState
        loading={q.loading && !q.data}
        error={q.error}
        empty={q.data?.communities.length === 0}
        emptyText="你负责的社区还没有零工市场的数据"
        emptyAction={{ label: '去审核岗位', onPress: () => go('/subpackages/jobs/review') }}
        onRetry={q.reload}
      >
        <View role="list" aria-label="各社区零工市场统计">
          {q.data?.communities.map((c) => (
            <View key={c.communityId} role="listitem" className="card" aria-label={c.community}>
              <Text className="jobs-card__title">{c.community}</Text>
              <Text className="section-title">岗位与投递（累计）</Text>
              <Text>
                招聘中 {c.openPostings} 个岗位 · 待审核 {c.reviewPostings} 个
              </Text>
              <Text>
                投递 {c.applications} 份 · 录用 {c.hires} 人 · 确认零工工时 {c.gigHours} 小时
              </Text>
              <Text className="muted">
                {c.byStatus
                  .filter((s) => s.count > 0)
                  .map((s) => `${s.label} ${s.count}`)
                  .join(' · ') || '还没有投递'}
              </Text>
              <Text className="section-title">共享员工</Text>
              <Text>
                对接 {c.shareMatches} 次 · 共享 {c.sharedWorkerDays} 人·天
              </Text>
              <Text className="section-title">专场招聘会（已举办）</Text>
              <Text>
                {c.fairs.held} 场 · 展位 {c.fairs.booths} 个 · 报名 {c.fairs.seekers} 人（到场 {c.fairs.checkedIn}）
              </Text>
              <Text>
                投递 {c.fairs.applications} · 达成意向 {c.fairs.intents} · 30 天内录用 {c.fairs.hires}
              </Text>
            </View>
          ))}
        </View>
        <Text className="muted">
          人·天 = 双方企业确认的共享员工对接中，本人同意的员工数 × 天数。招聘会的录用只计招聘会后 30 天内的。
        </Text>
      </PageState>
    </Screen>
  )
}
