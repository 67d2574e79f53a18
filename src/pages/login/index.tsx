import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Role } from '../../../contract/roles'
import { PageState } from '../../components/PageState'
import { passwordSignIn } from '../../platform/transport'
import { useAction } from '../../hooks/useAction'
import { call, CHANGE_PASSWORD_PAGE } from '../../services/call'
import { setSessionToken } from '../../services/session'
import { Button, Input } from '../../ui/nutui'
import './index.css'

const ROLE_GLYPH: Record<Role, string> = {
  rider: '骑',
  worker: '职',
  entrepreneur: '创',
  enterprise: '企',
  expert: '专',
  social_worker: '社',
  department: '部',
  admin: '管',
  mentor: '导',
  broker: '才',
}

function afterSignIn(token: string, me: { displayName: string; mustChangePassword: boolean }) {
  setSessionToken(token)
  // A one-time password is changed before anything else.
  if (me.mustChangePassword) return void Taro.redirectTo({ url: CHANGE_PASSWORD_PAGE })
  Taro.showToast({ title: `已登录：${me.displayName}`, icon: 'none' })
  Taro.switchTab({ url: '/pages/index/index' })
}

export default function Login() {
  const options = useAction('user', 'signInOptions', {})
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')

  const demo = async (role: Role) => {
    const s = await call('user', 'demoLogin', { role }, { loading: '正在登录' }).catch(() => null)
    if (s) afterSignIn(s.token, s.me)
  }
  const staff = async () => {
    const s = await call('user', 'login', { username, password }, { loading: '正在登录' }).catch(() => null)
    if (s) afterSignIn(s.token, s.me)
  }

  return (
    <View className="page login">
      <PageState loading={options.loading} error={options.error} onRetry={options.reload}>
        {options.data?.demo && (
          <View className="card">
            <Text className="login__title">演示账号 · 一键进入</Text>
            <Text className="muted">仅演示模式可用，数据为示例</Text>
            <View className="login__roles">
              {options.data.demoAccounts.map((a) => (
                <View
                  key={a.role}
                  className="login__role"
                  role="button"
                  aria-label={`以${a.label}身份登录`}
                  onClick={() => demo(a.role)}
                >
                  <Text className="glyph-badge">{ROLE_GLYPH[a.role]}</Text>
                  <Text className="login__role-label">{a.label}</Text>
                </View>
              ))}
            </View>
          </View>
        )}
        <View className="card login__staff">
          <Text className="login__title">账号密码登录</Text>
          <Text className="muted">手机号注册的用户，以及社工、部门、管理员</Text>
          <Input
            placeholder="手机号或用户名"
            value={username}
            onChange={setUsername}
            maxLength={32}
            name="username"
            aria-label="手机号或用户名"
          />
          <Input
            placeholder="密码"
            type="password"
            value={password}
            onChange={setPassword}
            maxLength={128}
            name="password"
            aria-label="密码"
          />
          <Button type="primary" block onClick={staff} disabled={!username || !password}>
            登录
          </Button>
          {passwordSignIn && (
            <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/account/register' })}>
              没有账号？手机号注册
            </Button>
          )}
        </View>
      </PageState>
    </View>
  )
}
