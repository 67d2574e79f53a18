import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { CommunityPicker } from './components/CommunityPicker'
import { Outcomes } from './components/Outcomes'
import { useRoleForm } from './components/RoleForm'
import './account.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

/** First use: which community, and what the person is. Shown once, after the first sign-in. */
export default function Onboarding() {
  const [communityId, setCommunityId] = useState<number | null>(null)
  const roles = useRoleForm()
  const [done, setDone] = useState<OutputOf<'user', 'onboard'>>()

  const submit = async () => {
    if (!communityId) return toast('请选择所在社区')
    const r = await call('user', 'onboard', { communityId, ...roles.value() }, { loading: '正在提交' }).catch(
      () => null,
    )
    if (r) setDone(r)
  }

  if (done) {
    const rider = done.outcomes.some((o) => o.role === 'rider')
    return (
      <Screen className="account">
        <View className="card" role="status" aria-label="设置完成">
          <Text className="section-title">欢迎，{done.me.community?.name}</Text>
          <Outcomes outcomes={done.outcomes} />
          <View className="account-actions">
            {rider && (
              <Button type="primary" block onClick={() => Taro.redirectTo({ url: '/subpackages/canteen/rider' })}>
                去申请骑手认证（享骑手价）
              </Button>
            )}
            <Button
              type={rider ? 'default' : 'primary'}
              block
              onClick={() => Taro.switchTab({ url: '/pages/index/index' })}
            >
              开始使用
            </Button>
          </View>
        </View>
      </Screen>
    )
  }

  return (
    <Screen className="account">
      <View className="card">
        <Text className="section-title">1. 你在哪个社区？</Text>
        <CommunityPicker value={communityId} onChange={setCommunityId} />
      </View>
      <View className="card">
        <Text className="section-title">2. 你是…（可多选）</Text>
        {roles.form}
      </View>
      <Button type="primary" block disabled={!communityId || roles.chosen.length === 0} onClick={submit}>
        完成
      </Button>
    </Screen>
  )
}
