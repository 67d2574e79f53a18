import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { RIDER_PLATFORMS } from '../../../contract/canteen'
import { holds } from '../../../contract/roles'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { pickPhoto } from '../../platform/photo'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'
import './contract'

type Platform = keyof typeof RIDER_PLATFORMS

/**
 * Riders apply for verification. Social workers review them with the community's other
 * applications in one queue (我的 → 工作台 → 身份审核, subpackages/user/review).
 */
export default function RiderPage() {
  const page = useData(async () => {
    const quiet = { loading: false, toast: false } as const
    const [me, status] = await Promise.all([call('user', 'me', {}, quiet), call('canteen', 'riderStatus', {}, quiet)])
    return { me, status }
  }, [])
  const { me, status } = page.data ?? {}
  const load = page.reload
  const [platform, setPlatform] = useState<Platform>('meituan')
  const [riderNo, setRiderNo] = useState('')
  const [photo, setPhoto] = useState<string>()

  const apply = async () => {
    const r = await call(
      'canteen',
      'applyRider',
      { platform, riderNo, ...(photo ? { photo } : {}) },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) {
      toast('已提交，社工审核后通知你')
      void load()
    }
  }

  return (
    <Screen className="canteen">
      <PageState loading={page.loading && !page.data} error={page.error} onRetry={load}>
        {me && status && (
          <>
            <View className="card">
              <Text className="section-title">我的骑手认证</Text>
              {status.verified ? (
                <Text className="canteen-ok">已认证，在延时餐厅预约可享骑手价</Text>
              ) : !holds(me, 'rider') ? (
                <>
                  <Text className="muted canteen-line">骑手认证面向骑手身份的用户：先在 我的身份 中开通骑手</Text>
                  <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/user/roles' })}>
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
                  <ChipGroup label="配送平台" kind="radiogroup">
                    {(Object.keys(RIDER_PLATFORMS) as Platform[]).map((p) => (
                      <Chip key={p} role="radio" on={platform === p} onPress={() => setPlatform(p)}>
                        {RIDER_PLATFORMS[p]}
                      </Chip>
                    ))}
                  </ChipGroup>
                  <Field label="骑手编号（4–20 位字母或数字）">
                    <Input name="riderNo" value={riderNo} onChange={setRiderNo} maxLength={20} />
                  </Field>
                  <View className="row canteen-actions">
                    <Button
                      fill="outline"
                      onClick={async () => setPhoto((await pickPhoto('rider-verification').catch(() => null)) ?? photo)}
                    >
                      {photo ? '换一张照片' : '上传骑手 App 个人页截图（选填）'}
                    </Button>
                  </View>
                  {photo && <Picture className="canteen-photo" src={photo} alt="已选的认证照片" />}
                  <Text className="muted canteen-line">照片仅审核的社工可见，审核后即删除</Text>
                  <Button type="primary" block disabled={!riderNo} onClick={apply}>
                    提交认证
                  </Button>
                </>
              )}
            </View>
            {holds(me, 'social_worker', 'admin') && (
              <View className="card">
                <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/user/review' })}>
                  去审核本社区的认证申请
                </Button>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
