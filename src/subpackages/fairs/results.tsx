import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { FairStats } from '../../../contract/fairs'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { saveBase64File, saveTextFile } from '../../platform/save-file'
import { call } from '../../services/call'
import { dayText } from '../../services/time'
import { Button } from '../../ui/Button'
import './fairs.css'
import './contract'

function Figures({ s, label }: { s: FairStats; label: string }) {
  const items: [string, number][] = [
    ['已订展位', s.boothsBooked],
    ['报名', s.registered],
    ['签到', s.checkedIn],
    ['投递', s.applications],
    ['达成意向', s.intents],
    ['30 天内录用', s.hires],
  ]
  return (
    <View className="fairs-figures" role="list" aria-label={label}>
      {items.map(([k, n]) => (
        <View key={k} className="fairs-figure" role="listitem" aria-label={`${k} ${n}`}>
          <Text className="fairs-figure__n">{n}</Text>
          <Text className="muted">{k}</Text>
        </View>
      ))}
    </View>
  )
}

/** 社工: a fair's figures, its series' figures, per booth; export the results (xlsx or CSV). */
export default function Results() {
  const { params } = useRouter()
  const fairId = Number(params.id)
  const stats = useAction('fairs', 'stats', { fairId }, [fairId])
  const s = stats.data
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const r = await call('fairs', 'exportResults', { fairId, format }, { loading: '正在导出' }).catch(() => null)
    if (!r) return
    if (r.encoding === 'utf8') await saveTextFile(r.filename, r.content)
    else
      await saveBase64File(r.filename, r.content, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }
  return (
    <Screen className="fairs">
      <PageState loading={stats.loading && !s} error={stats.error} onRetry={stats.reload}>
        {s && (
          <>
            <View className="card">
              <Text className="fairs-title">{s.fair.title}</Text>
              <Text className="fairs-line">
                {dayText(s.fair.date)} {s.fair.start}–{s.fair.end} · 展位 {s.fair.booths} · 名额 {s.fair.capacity}
              </Text>
            </View>
            <Text className="section-title">本场</Text>
            <Figures s={s.fairStats} label="本场统计" />
            <Text className="section-title">
              「{s.seriesTitle}」已举办 {s.seriesStats.fairs} 场合计
            </Text>
            <Figures s={s.seriesStats} label="系列合计" />
            <Text className="section-title">各展位</Text>
            {s.booths.length === 0 && <Text className="muted fairs-line">本场没有企业预订展位</Text>}
            <View role="list" aria-label="各展位">
              {s.booths.map((b, i) => (
                <View key={i} className="card" role="listitem" aria-label={b.enterpriseName}>
                  <Text className="fairs-title">{b.enterpriseName}</Text>
                  <Text className="muted fairs-line">
                    投递 {b.applications} · 达成意向 {b.intents} · 30 天内录用 {b.hires}
                  </Text>
                </View>
              ))}
            </View>
            <Text className="muted fairs-line">导出表中求职者手机号打码，企业已录用的人除外。</Text>
            <View className="row fairs-actions">
              <Button type="primary" onClick={() => void exportAs('xlsx')}>
                导出 Excel
              </Button>
              <Button fill="outline" onClick={() => void exportAs('csv')}>
                导出 CSV
              </Button>
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
