import { View, Text } from '@tarojs/components'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { go } from './format'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import './talent.css'
import './contract'

// What the source texts report, to read next to the figures counted from the records.
const QUOTES: Record<string, string[]> = {
  宁波市北仑区: [
    '“揭榜挂帅”机制，各工业社区引导党员技术骨干跨领域、跨园区、跨企业，组建联合攻关团队 52 个。',
    '2024 年（“今年以来”）：“人才经纪人”项目……累计举办技术论证会 35 场。',
    '2021 年，宁波高端装备海外工程师协同创新中心协助企业对接海外工程师 600 余名，解决关键共性技术问题 255 个（海外工程师的对接，不是本平台的揭榜）。',
  ],
  绍兴市新昌县: [
    '“编制在高校院所、全职在企业科研”……已双聘博士以上高层次人才 8 人，共建校企联合创新团队 5 个，领衔开展技术攻关项目 11 个。',
  ],
}
const CITY_NOTE =
  '宁波全市：152 组“1+N”党建结对，“龙头企业发榜、中小企业揭榜”推动关键技术攻关项目 216 个（引自报道，不是本平台数据）。'

/** Figures per district and community, counted from the board's records (the demo's history included). */
export default function StatsPage() {
  const s = useAction('talent', 'stats', {})
  const figure = (n: number, label: string) => (
    <View className="talent-stat" key={label}>
      <Text className="talent-stat__num">{n}</Text>
      <Text className="talent-stat__label">{label}</Text>
    </View>
  )
  return (
    <Screen className="talent">
      <PageState loading={s.loading && !s.data} error={s.error} onRetry={s.reload}>
        {s.data && (
          <>
            {s.data.demoHistory > 0 && (
              <Text className="muted">含演示用的历史记录 {s.data.demoHistory} 条（示例数据）。</Text>
            )}
            {s.data.districts.map((d) => (
              <View key={d.district} className="card">
                <Text className="section-title">
                  {d.district}（{d.communities} 个社区）
                </Text>
                <View className="row talent-stats">
                  {figure(d.posted, '发布榜单')}
                  {figure(d.taken, '已揭榜')}
                  {figure(d.solved, '已解决')}
                  {figure(d.teams, '组建团队')}
                  {figure(d.reviews, '技术论证会')}
                  {figure(d.overseasMatched, '对接海外工程师')}
                  {figure(d.dualAppointed, '双聘人才')}
                </View>
                {(QUOTES[d.district] ?? []).map((q) => (
                  <Text key={q} className="talent-quote">
                    报道：{q}
                  </Text>
                ))}
              </View>
            ))}
            <Text className="talent-quote">{CITY_NOTE}</Text>
            <Pressable role="link" className="talent-link" onPress={() => go('/subpackages/talent/index')}>
              查看揭榜中的榜单
            </Pressable>
            <View className="card">
              <Text className="section-title">各社区</Text>
              {s.data.communities.map((c) => (
                <View key={c.id} className="talent-item">
                  <Text>{c.name}</Text>
                  <Text className="muted" style={{ display: 'block' }}>
                    发布 {c.posted} · 揭榜 {c.taken} · 解决 {c.solved} · 团队 {c.teams} · 论证会 {c.reviews} ·
                    海外工程师 {c.overseasMatched} · 双聘 {c.dualAppointed}
                  </Text>
                </View>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
