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
import { whenText } from '../../services/time'
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
                <Text className="canteen-ok">
                  {status.latest?.status === 'approved' && status.latest.reviewedAt
                    ? `${whenText(status.latest.reviewedAt)} 已通过认证，`
                    : '已认证，'}
                  在延时餐厅预约可享骑手价
                </Text>
              ) : !holds(me, 'rider') ? (
                <>
                  <Text className="muted canteen-line">骑手认证面向骑手身份的用户：先在 我的身份 中开通骑手</Text>
                  <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/user/roles' })}>
                    去开通骑手身份
                  </Button>
                </>
              ) : status.latest?.status === 'pending' ? (
                <View role="status" aria-label="认证审核中">
                  <Text className="canteen-line">
                    审核中：{whenText(status.latest.createdAt)} 提交（{status.latest.platform} {status.latest.riderNo}）
                  </Text>
                  <Text className="canteen-line">
                    {status.wait?.typicalHours
                      ? `本社区社工近 90 天审核 ${status.wait.basedOn} 次，通常 ${status.wait.typicalHours} 小时内完成`
                      : '本社区社工在工作时间审核，结果出来后会发消息告诉你'}
                  </Text>
                  <Text className="muted canteen-line">审核通过前预约延时餐厅按原价；通过后的预约自动享骑手价。</Text>
                  <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/canteen/index' })}>
                    先按原价预约
                  </Button>
                </View>
              ) : (
                <>
                  {status.latest?.status === 'rejected' && (
                    <View role="status" aria-label="认证未通过">
                      <Text className="canteen-warn canteen-line">
                        {status.latest.reviewedAt ? `${whenText(status.latest.reviewedAt)} ` : ''}未通过：
                        {status.latest.reason}
                      </Text>
                      <Text className="muted canteen-line">
                        按上面的原因修改后重新提交（可换一张更清楚的骑手 App 个人页截图）；期间预约按原价。
                      </Text>
                    </View>
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
                  <Button type="primary" block disabled={!riderNo || !status.can.apply} onClick={apply}>
                    {status.latest?.status === 'rejected' ? '重新提交认证' : '提交认证'}
                  </Button>
                  {!riderNo && <Text className="muted canteen-line">填写骑手编号后可提交</Text>}
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
