import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Headline } from '../../../contract/demands'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { call, type CallError } from '../../services/call'
import { percent } from './format'
import './demands.css'
import { Screen } from '../../components/Screen'
import './contract'

const HARD = ['land', 'environment', 'tech']

// What the source texts report, each for its own period and scope, to read next to the figures
// counted from the records (they are not records of this platform).
const REPORTED: Record<string, string[]> = {
  灵峰工业社区: ['2025 年至当年 10 月：累计协调解决设备更新、人才引进、用工招聘、政策咨询等企业诉求 97 件。'],
  宁波市北仑区: ['2024 年（当年年中报道“今年以来”）：协调解决项目申报、政策兑现、人员招聘等诉求 368 件次。'],
  澄潭智能装备产业社区: ['累计协调解决用地、环评、技术攻关等难题 120 余个（计入新昌全县的 167 个）。'],
  绍兴市新昌县: ['“企呼我应”平台累计为精密轴承、智能纺机、低空经济三大产业协调解决发展难题 167 个（全县）。'],
}

function Box({ h }: { h: Headline }) {
  const hard = h.byCategory.filter((c) => HARD.includes(c.category)).reduce((n, c) => n + c.solved, 0)
  return (
    <View className="card">
      <Text className="section-title">{h.name}</Text>
      <View className="figure-grid">
        <View className="figure">
          <Text className="figure__value">{h.solvedTotal}</Text>
          <Text className="muted">累计协调解决诉求</Text>
        </View>
        <View className="figure">
          <Text className="figure__value">{h.open}</Text>
          <Text className="muted">正在办理</Text>
        </View>
        <View className="figure">
          <Text className="figure__value">{percent(h.onTimeRate)}</Text>
          <Text className="muted">按时办结率</Text>
        </View>
        <View className="figure">
          <Text className="figure__value">{h.satisfaction ?? '—'}</Text>
          <Text className="muted">满意度（5 分制）</Text>
        </View>
      </View>
      {hard > 0 && <Text className="meta">其中用地、环评、技术攻关等难题 {hard} 个</Text>}
      {(REPORTED[h.name] ?? []).map((q) => (
        <Text key={q} className="meta">
          报道：{q}
        </Text>
      ))}
      <Text className="field__label">按年</Text>
      {h.byYear.map((y) => (
        <View key={y.period} className="table-row">
          <Text>{y.period}</Text>
          <Text>解决 {y.solved} 件</Text>
        </View>
      ))}
      <Text className="field__label">按半年</Text>
      {h.byHalf.map((y) => (
        <View key={y.period} className="table-row">
          <Text>{y.period}</Text>
          <Text>解决 {y.solved} 件</Text>
        </View>
      ))}
      <Text className="field__label">按类别</Text>
      {h.byCategory.map((c) => (
        <View key={c.category} className="table-row">
          <Text>{c.label}</Text>
          <Text>{c.solved} 件</Text>
        </View>
      ))}
    </View>
  )
}

/** Public: a community's and its district's headline figures, counted from the records. */
export default function PublicFigures() {
  const [communityId, setCommunityId] = useState<number | undefined>(
    Number(useRouter().params.communityId) || undefined,
  )
  const [show, setShow] = useState(false)
  const [data, setData] = useState<Awaited<ReturnType<typeof call<'demands', 'publicStats'>>>>()
  const [error, setError] = useState<CallError>()
  const load = async (c = communityId) => {
    setError(undefined)
    try {
      setData(await call('demands', 'publicStats', c ? { communityId: c } : {}, { loading: false, toast: false }))
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())
  return (
    <Screen className="demands">
      <View className="chips">
        <Pressable className="chip" expanded={show} onPress={() => setShow(!show)}>
          社区：{data?.community.name ?? '…'}
          <Text aria-hidden="true"> {show ? '▴' : '▾'}</Text>
        </Pressable>
      </View>
      {show && data && (
        <ChipGroup label="社区" kind="radiogroup">
          {data.communities.map((c) => (
            <Chip
              key={c.id}
              role="radio"
              on={data.communityId === c.id}
              onPress={() => {
                setCommunityId(c.id)
                setShow(false)
                void load(c.id)
              }}
            >
              {c.name}
            </Chip>
          ))}
        </ChipGroup>
      )}
      <PageState loading={!data && !error} error={error} onRetry={() => load()}>
        {data && (
          <>
            <Box h={data.community} />
            <Box h={data.district} />
            <Text className="muted">
              数据来自平台办理记录：企业确认办结的诉求计为“解决”。“报道”为新闻报道的数字，不是本平台数据。
            </Text>
          </>
        )}
      </PageState>
    </Screen>
  )
}
