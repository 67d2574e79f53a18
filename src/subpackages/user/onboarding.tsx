import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { WECHAT_DEFAULT_NAME } from '../../../contract/user'
import { Field } from '../../components/Field'
import { useAction } from '../../hooks/useAction'
import { Input } from '../../ui/Input'
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
  const me = useAction('user', 'me', {})
  // A WeChat user arrives as 微信用户: asked the name others will see (H5 sign-up asked it already).
  const askName = me.data?.displayName === WECHAT_DEFAULT_NAME
  const [name, setName] = useState('')

  const submit = async () => {
    if (!communityId) return toast('请选择所在社区')
    const displayName = askName ? name.trim() : undefined
    const r = await call(
      'user',
      'onboard',
      { communityId, displayName, ...roles.value() },
      { loading: '正在提交' },
    ).catch(() => null)
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
      {askName && (
        <View className="card">
          <Field label="怎么称呼你（别人看到的名字）">
            <Input name="displayName" value={name} onChange={setName} maxLength={20} placeholder="如 小李、王师傅" />
          </Field>
        </View>
      )}
      <View className="card">
        <Text className="section-title">1. 你在哪个社区？</Text>
        <CommunityPicker value={communityId} onChange={setCommunityId} />
      </View>
      <View className="card">
        <Text className="section-title">2. 你是…（可多选）</Text>
        {roles.form}
      </View>
      <Button
        type="primary"
        block
        disabled={!communityId || roles.chosen.length === 0 || (askName && !name.trim())}
        onClick={submit}
      >
        完成
      </Button>
      {(!communityId || roles.chosen.length === 0 || (askName && !name.trim())) && (
        <Text className="muted">
          {[askName && !name.trim() && '填写称呼', !communityId && '选择社区', roles.chosen.length === 0 && '选择身份']
            .filter(Boolean)
            .join('、')}
          后可完成
        </Text>
      )}
    </Screen>
  )
}
