import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Role } from '../../../contract/roles'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { passwordSignIn } from '../../platform/transport'
import { useAction } from '../../hooks/useAction'
import { call, CHANGE_PASSWORD_PAGE } from '../../services/call'
import { setSessionToken } from '../../services/session'
import { Button } from '../../ui/Button'
import './index.css'
import { toast } from '../../services/toast'

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
  bank: '银',
  party_guide: '党',
  lab_staff: '验',
}

function afterSignIn(token: string, me: { displayName: string; mustChangePassword: boolean }) {
  setSessionToken(token)
  // A one-time password is changed before anything else.
  if (me.mustChangePassword) return void Taro.redirectTo({ url: CHANGE_PASSWORD_PAGE })
  toast(`已登录：${me.displayName}`)
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
    <Screen className="login">
      <PageState loading={options.loading} error={options.error} onRetry={options.reload}>
        {options.data?.demo && (
          <View className="card">
            <Text className="login__title">演示账号 · 一键进入</Text>
            <Text className="muted">仅演示模式可用，数据为示例</Text>
            <View className="login__roles" role="list" aria-label="演示账号">
              {options.data.demoAccounts.map((a) => (
                <View key={a.role} role="listitem" className="login__role-item">
                  {/* The badge's character is drawn by CSS (data-glyph), so the button's visible text
                      is just the role, which its name 以…身份登录 contains. */}
                  <Pressable className="login__role" label={`以${a.label}身份登录`} onPress={() => demo(a.role)}>
                    <View className="login__glyph" data-glyph={ROLE_GLYPH[a.role]} />
                    <Text className="login__role-label">{a.label}</Text>
                  </Pressable>
                </View>
              ))}
            </View>
          </View>
        )}
        <View className="card login__staff">
          <Text className="login__title">账号密码登录</Text>
          <Text className="muted">手机号注册的用户，以及社工、部门、管理员</Text>
          <TextField label="手机号或用户名" name="username" value={username} onChange={setUsername} maxLength={32} />
          <TextField
            label="密码"
            name="password"
            type="password"
            value={password}
            onChange={setPassword}
            maxLength={128}
          />
          <Button type="primary" block onClick={staff} disabled={!username || !password} why="请输入账号和密码">
            登录
          </Button>
          {passwordSignIn && (
            <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/subpackages/user/register' })}>
              手机号验证码登录 / 注册
            </Button>
          )}
        </View>
      </PageState>
    </Screen>
  )
}
