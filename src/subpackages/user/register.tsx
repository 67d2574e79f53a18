import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PASSWORD_MIN_LENGTH } from '../../../contract/user'
import { call } from '../../services/call'
import { setSessionToken } from '../../services/session'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { toast } from '../../services/toast'
import './contract'

/**
 * H5 sign-up (a browser has no WeChat): phone and password. Signed in at once, the person then
 * chooses their community and roles (onboarding).
 */
export default function RegisterPage() {
  const [phone, setPhone] = useState('')
  const [password, setPassword] = useState('')
  const [again, setAgain] = useState('')

  const submit = async () => {
    if (password !== again) return toast('两次输入的密码不一致')
    const s = await call('user', 'register', { phone, password }, { loading: '正在注册' }).catch(() => null)
    if (!s) return
    setSessionToken(s.token)
    await Taro.redirectTo({ url: '/subpackages/user/onboarding' })
  }

  return (
    <Screen className="account">
      <View className="card">
        <Text className="section-title">手机号注册</Text>
        <Text className="account-hint">
          注册后用手机号和密码登录。密码至少 {PASSWORD_MIN_LENGTH} 位，不能是常见密码，不能包含手机号。
        </Text>
        <Input
          name="phone"
          type="number"
          placeholder="手机号"
          value={phone}
          onChange={setPhone}
          maxLength={11}
          {...fieldProps('手机号')}
        />
        <Input
          name="password"
          type="password"
          placeholder={`设置密码（至少 ${PASSWORD_MIN_LENGTH} 位）`}
          value={password}
          onChange={setPassword}
          maxLength={128}
          {...fieldProps('设置密码')}
        />
        <Input
          name="again"
          type="password"
          placeholder="再次输入密码"
          value={again}
          onChange={setAgain}
          maxLength={128}
          {...fieldProps('再次输入密码')}
        />
        <Button type="primary" block disabled={phone.length !== 11 || !password || !again} onClick={submit}>
          注册并登录
        </Button>
      </View>
      <Text className="muted" style={{ display: 'block', padding: '0 4px' }}>
        在微信中打开链社小程序无需注册。
      </Text>
    </Screen>
  )
}
