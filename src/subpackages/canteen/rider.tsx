import { View, Text, Image } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { RIDER_PLATFORMS } from '../../../contract/canteen'
import { holds, type Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { pickPhoto } from '../../platform/photo'
import { call, type CallError } from '../../services/call'
import { Button, Input } from '../../ui/nutui'
import './canteen.css'

type Platform = keyof typeof RIDER_PLATFORMS

/**
 * Riders apply for verification. Social workers review them with the community's other
 * applications in one queue (我的 → 工作台 → 身份审核, subpackages/account/review).
 */
export default function RiderPage() {
  const [me, setMe] = useState<Me>()
  const [error, setError] = useState<CallError>()
  const [status, setStatus] = useState<Awaited<ReturnType<typeof call<'canteen', 'riderStatus'>>>>()
  const [platform, setPlatform] = useState<Platform>('meituan')
  const [riderNo, setRiderNo] = useState('')
  const [photo, setPhoto] = useState<string>()

  const load = async () => {
    setError(undefined)
    try {
      const m = await call('user', 'me', {}, { loading: false, toast: false })
      setMe(m)
      setStatus(await call('canteen', 'riderStatus', {}, { loading: false, toast: false }))
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())

  const apply = async () => {
    const r = await call(
      'canteen',
      'applyRider',
      { platform, riderNo, ...(photo ? { photo } : {}) },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) {
      Taro.showToast({ title: '已提交，社工审核后通知你', icon: 'none' })
      void load()
    }
  }
  return (
    <View className="page canteen">
      <PageState loading={!me && !error} error={error} onRetry={load}>
        {me && status && (
          <>
            <View className="card">
              <Text className="section-title">我的骑手认证</Text>
              {status.verified ? (
                <Text className="canteen-ok">已认证，在延时餐厅预约可享骑手价</Text>
              ) : !holds(me, 'rider') ? (
                <>
                  <Text className="muted" style={{ display: 'block' }}>
                    骑手认证面向骑手身份的用户：先在 我的身份 中开通骑手
                  </Text>
                  <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/account/roles' })}>
                    去开通骑手身份
                  </Button>
                </>
              ) : status.latest?.status === 'pending' ? (
                <Text>
                  已提交（{status.latest.platform} {status.latest.riderNo}），审核中
                </Text>
              ) : (
                <>
                  {status.latest?.status === 'rejected' && (
                    <Text className="canteen-warn">上次未通过：{status.latest.reason}</Text>
                  )}
                  <View className="row canteen-days" role="radiogroup" aria-label="配送平台">
                    {(Object.keys(RIDER_PLATFORMS) as Platform[]).map((p) => (
                      <View
                        key={p}
                        role="radio"
                        aria-checked={platform === p}
                        className={`chip ${platform === p ? 'chip--on' : ''}`}
                        onClick={() => setPlatform(p)}
                      >
                        {RIDER_PLATFORMS[p]}
                      </View>
                    ))}
                  </View>
                  <Input
                    name="riderNo"
                    placeholder="骑手编号（4–20 位字母或数字）"
                    value={riderNo}
                    onChange={setRiderNo}
                    maxLength={20}
                  />
                  <View className="row canteen-actions">
                    <Button
                      fill="outline"
                      onClick={async () => setPhoto((await pickPhoto('rider-verification').catch(() => null)) ?? photo)}
                    >
                      {photo ? '换一张照片' : '上传骑手 App 个人页截图（选填）'}
                    </Button>
                  </View>
                  {photo && <Image className="canteen-photo" src={photo} mode="aspectFit" />}
                  <Text className="muted" style={{ display: 'block' }}>
                    照片仅审核的社工可见，审核后即删除
                  </Text>
                  <Button type="primary" block disabled={!riderNo} onClick={apply}>
                    提交认证
                  </Button>
                </>
              )}
            </View>
            {holds(me, 'social_worker', 'admin') && (
              <View className="card">
                <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/account/review' })}>
                  去审核本社区的认证申请
                </Button>
              </View>
            )}
          </>
        )}
      </PageState>
    </View>
  )
}
