import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Screen } from '../../components/Screen'
import { locate } from '../../platform/location'
import { canScan, scanCode } from '../../platform/scan'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import './jobs.css'
import './contract'

/** 现场签到: scan the site's code (or type it on H5) within 1 km of the gig; the second scan signs out. */
export default function CheckIn() {
  const [code, setCode] = useState('')
  const [said, setSaid] = useState('')
  const send = async (value: string) => {
    const here = await locate()
    if (!here) return toast('需要定位才能签到，请允许获取位置')
    const r = await call('jobs', 'checkIn', { code: value, ...here }, { loading: '正在签到' }).catch(() => null)
    if (r) {
      const text = r.kind === 'in' ? '签到成功' : '签退成功'
      setSaid(text)
      toast(text)
    }
  }
  return (
    <Screen className="jobs">
      <View className="card">
        <Text>到达工作地点后扫描现场签到码；收工时再扫一次签退。需在工作地点 1 公里内、班次前后 30 分钟内。</Text>
        {canScan ? (
          <Button type="primary" block onClick={() => void scanCode().then((c) => (c ? send(c) : undefined))}>
            扫码签到 / 签退
          </Button>
        ) : (
          <>
            <TextField label="签到码" value={code} onChange={setCode} maxLength={200} />
            <Button type="primary" block disabled={!code} onClick={() => send(code)}>
              签到 / 签退
            </Button>
          </>
        )}
        {said && <Text>{said}</Text>}
      </View>
    </Screen>
  )
}
