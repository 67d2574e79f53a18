import { View, Text, Image } from '@tarojs/components'
import { useState } from 'react'
import { RIDER_PLATFORMS } from '../../../contract/canteen'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { imageProps } from '../../platform/a11y'
import { useData } from '../../hooks/useAction'
import { pickPhoto } from '../../platform/photo'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'

type Platform = keyof typeof RIDER_PLATFORMS

/** Riders apply for verification; social workers review their community's applications. */
export default function RiderPage() {
  const page = useData(async () => {
    const quiet = { loading: false, toast: false } as const
    const [me, status] = await Promise.all([call('user', 'me', {}, quiet), call('canteen', 'riderStatus', {}, quiet)])
    const reviewer = me.role === 'social_worker' || me.role === 'admin'
    const queue = reviewer ? (await call('canteen', 'riderQueue', {}, quiet)).items : []
    return { me, status, queue }
  }, [])
  const { me, status, queue = [] } = page.data ?? {}
  const load = page.reload
  const [platform, setPlatform] = useState<Platform>('meituan')
  const [riderNo, setRiderNo] = useState('')
  const [photo, setPhoto] = useState<string>()
  const [reasons, setReasons] = useState<Record<number, string>>({})

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
  const review = async (verificationId: number, approve: boolean) => {
    const reason = reasons[verificationId]
    const r = await call(
      'canteen',
      'reviewRider',
      { verificationId, approve, ...(reason ? { reason } : {}) },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) void load()
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
              ) : me.role !== 'rider' ? (
                <Text className="muted">骑手认证仅面向骑手身份的用户</Text>
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
                  {photo && (
                    <Image className="canteen-photo" src={photo} mode="aspectFit" {...imageProps('已选的认证照片')} />
                  )}
                  <Text className="muted canteen-line">照片仅审核的社工可见，审核后即删除</Text>
                  <Button type="primary" block disabled={!riderNo} onClick={apply}>
                    提交认证
                  </Button>
                </>
              )}
            </View>
            {(me.role === 'social_worker' || me.role === 'admin') && (
              <View className="card">
                <Text className="section-title">待审核（{queue.length}）</Text>
                {queue.length === 0 && <Text className="muted">暂无待审核的申请</Text>}
                {queue.map((v) => (
                  <View key={v.id} className="canteen-review">
                    <Text className="canteen-line">
                      {v.userName} {v.phone} · {v.platform} {v.riderNo}
                    </Text>
                    {v.photo ? (
                      <Image
                        className="canteen-photo"
                        src={v.photo}
                        mode="aspectFit"
                        {...imageProps(`${v.userName} 的认证照片`)}
                      />
                    ) : (
                      <Text className="muted">未上传照片</Text>
                    )}
                    <Field label="驳回原因（驳回时必填）">
                      <Input
                        name={`reason-${v.id}`}
                        value={reasons[v.id] ?? ''}
                        onChange={(t) => setReasons({ ...reasons, [v.id]: t })}
                        maxLength={100}
                      />
                    </Field>
                    <View className="row canteen-actions">
                      <Button type="primary" size="small" onClick={() => review(v.id, true)}>
                        通过
                      </Button>
                      <Button type="danger" fill="outline" size="small" onClick={() => review(v.id, false)}>
                        驳回
                      </Button>
                    </View>
                  </View>
                ))}
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
