import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { Button } from '../../ui/Button'
import './canteen.css'
import './contract'

/** How long before a code runs out the page fetches the next one. */
const RENEW_BEFORE_MS = 20_000

/**
 * 我的 → 骑手码: shown at the canteen counter to eat at the rider price. The server issues a code
 * valid for 2 minutes (a new one replaces the last); the page fetches the next before it runs out,
 * so a screenshot stops working within minutes.
 */
export default function RiderCode() {
  const code = useAction('canteen', 'riderCode', {})
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [])
  const expires = code.data ? new Date(code.data.expiresAt).getTime() : 0
  const left = Math.max(0, Math.round((expires - now) / 1000))
  useEffect(() => {
    if (code.data && !code.error && expires - now < RENEW_BEFORE_MS && !code.loading) void code.reload()
  }, [code, expires, now])
  // Not a verified rider yet: the page says how to get the code (not an error) and leads to 骑手认证.
  const unverified = code.error?.code === 'FORBIDDEN'
  return (
    <Screen className="canteen">
      {unverified ? (
        <View className="card canteen-rider-code">
          <Text className="section-title">还没有骑手码</Text>
          <Text className="canteen-line">{code.error?.message}</Text>
          <Text className="muted canteen-line">认证通过后，在延时餐厅柜台出示骑手码，现场用餐可享骑手价。</Text>
          <Button block type="primary" onClick={() => Taro.navigateTo({ url: '/subpackages/canteen/rider' })}>
            去骑手认证
          </Button>
        </View>
      ) : (
        <PageState loading={code.loading && !code.data} error={code.error} onRetry={code.reload}>
          {code.data && (
            <View className="card canteen-rider-code">
              <Text className="section-title">{code.data.name} 的骑手码</Text>
              <Picture className="canteen-qr" src={code.data.qr} alt="骑手码二维码，请柜台工作人员扫码" />
              <Text className="canteen-line">{left > 0 ? `${left} 秒后自动更新` : '正在更新…'}</Text>
              <Text className="muted canteen-line">
                在延时餐厅柜台出示，现场用餐可享骑手价；码每 2 分钟更新，截图无效。
              </Text>
            </View>
          )}
        </PageState>
      )}
    </Screen>
  )
}
