import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { announce } from '../../platform/a11y'
import { canScan, scanCode } from '../../platform/scan'
import { call } from '../../services/call'
import { dayText } from '../../services/time'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './fairs.css'
import './contract'

/** At the door: scan (or type) a seeker's entry code; each code checks in once. */
export default function CheckIn() {
  const { params } = useRouter()
  const fairId = Number(params.id)
  const detail = useAction('fairs', 'detail', { fairId }, [fairId])
  const d = detail.data
  const [code, setCode] = useState('')
  const [last, setLast] = useState<string>()
  const checkIn = async (raw: string) => {
    if (!raw.trim()) return
    const r = await call('fairs', 'checkIn', { fairId, code: raw.trim() }, { loading: '正在签到' }).catch(() => null)
    if (r) {
      const said = `${r.name} 已签到（${r.checkedInAt}），本场已签到 ${r.checkedIn} 人`
      setLast(said)
      announce(said)
      setCode('')
    }
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await checkIn(text)
  }
  return (
    <Screen className="fairs">
      <PageState
        loading={detail.loading && !d}
        error={detail.error}
        onRetry={detail.reload}
        empty={!!d && !d.can.includes('manage')}
        emptyText="只有本社区社工可以为招聘会签到"
      >
        {d && (
          <>
            <View className="card">
              <Text className="fairs-title">{d.fair.title}</Text>
              <Text className="fairs-line">
                {dayText(d.fair.date)} {d.fair.start}–{d.fair.end} · 已报名 {d.fair.registered} 人
              </Text>
            </View>
            {canScan && (
              <Button type="primary" block onClick={scan}>
                扫入场码签到
              </Button>
            )}
            <Field label="或输入入场码">
              <Input name="code" value={code} onChange={setCode} maxLength={64} />
            </Field>
            <Button block fill="outline" onClick={() => void checkIn(code)}>
              签到
            </Button>
            {last && (
              <View className="card" role="status">
                <Text>{last}</Text>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
