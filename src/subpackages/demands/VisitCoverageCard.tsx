import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { saveBase64File, saveTextFile } from '../../platform/save-file'
import { call } from '../../services/call'
import { shanghaiDay } from '../../services/time'
import { Button } from '../../ui/Button'

/** The dashboard's 走访覆盖: this quarter per grid, the count not visited for 90 days, export of visits. */
export function VisitCoverageCard({ communityId }: { communityId: number }) {
  const cov = useAction('demands', 'coverage', { communityId }, [communityId])
  const c = cov.data
  if (!c) return null
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const r = await call(
      'demands',
      'exportVisits',
      { communityId, from: c.quarterStart, to: shanghaiDay(), format },
      { loading: '正在导出' },
    ).catch(() => null)
    if (!r) return
    if (r.encoding === 'utf8') await saveTextFile(r.filename, r.content)
    else
      await saveBase64File(r.filename, r.content, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }
  return (
    <View className="card">
      <Text className="section-title">{c.quarter}走访覆盖</Text>
      <Text className="meta">
        已走访 {c.total.visitedThisQuarter} / {c.total.enterprises} 家企业，90 天以上未走访 {c.total.overdue} 家
      </Text>
      <View {...roleProps('list')} aria-label="各网格走访覆盖">
        {c.grids.map((g) => (
          <Text key={g.gridId ?? 0} className="meta" {...roleProps('listitem')}>
            {g.grid}（{g.worker ?? '无负责社工'}）：{g.visitedThisQuarter}/{g.enterprises}，待走访 {g.overdue}
          </Text>
        ))}
      </View>
      <View className="row-buttons">
        <Button size="small" type="primary" onClick={() => Taro.navigateTo({ url: '/subpackages/demands/coverage' })}>
          查看待走访企业
        </Button>
        <Button size="small" fill="outline" onClick={() => exportAs('csv')}>
          导出本季走访 CSV
        </Button>
        <Button size="small" fill="outline" onClick={() => exportAs('xlsx')}>
          导出本季走访 Excel
        </Button>
      </View>
    </View>
  )
}
