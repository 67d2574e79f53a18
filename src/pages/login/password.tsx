import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PASSWORD_MIN_LENGTH } from '../../../contract/user'
import { call } from '../../services/call'
import { setSessionToken } from '../../services/session'
import { Button, Input } from '../../ui/nutui'
import './index.css'

/**
 * Change one's password. A staff account signing in with its one-time password lands here first
 * and cannot leave (the server refuses everything else until the change); anyone with a password
 * may come here from 我的.
 */
export default function ChangePassword() {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [problem, setProblem] = useState('')

  const submit = async () => {
    setProblem('')
    if (next !== again) return setProblem('两次输入的新密码不一致')
    try {
      await call('user', 'changePassword', { current, next }, { loading: '正在保存', toast: false })
      Taro.showToast({ title: '密码已修改', icon: 'success' })
      Taro.switchTab({ url: '/pages/mine/index' })
    } catch (e) {
      setProblem((e as Error).message)
    }
  }
  const signOut = async () => {
    await call('user', 'logout', {}, { loading: false, toast: false }).catch(() => undefined)
    setSessionToken(null)
    Taro.reLaunch({ url: '/pages/login/index' })
  }

  return (
    <View className="page login">
      <View className="card login__staff">
        <View className="login__title" role="heading" aria-level={1}>
          设置你的新密码
        </View>
        <Text className="muted">
          管理员给你的是一次性密码，修改后才能使用其他功能。新密码至少 {PASSWORD_MIN_LENGTH} 个字符，不要用常见密码（如
          1234567890、qwertyuiop）。
        </Text>
        <Input
          name="current"
          aria-label="当前密码（一次性密码）"
          placeholder="当前密码（一次性密码）"
          type="password"
          value={current}
          onChange={setCurrent}
          maxLength={128}
        />
        <Input
          name="new"
          aria-label="新密码"
          placeholder={`新密码（至少 ${PASSWORD_MIN_LENGTH} 个字符）`}
          type="password"
          value={next}
          onChange={setNext}
          maxLength={128}
        />
        <Input
          name="again"
          aria-label="再次输入新密码"
          placeholder="再次输入新密码"
          type="password"
          value={again}
          onChange={setAgain}
          maxLength={128}
        />
        {problem && (
          <View role="alert" className="login__problem">
            {problem}
          </View>
        )}
        <Button type="primary" block onClick={submit} disabled={!current || !next || !again}>
          保存新密码
        </Button>
        <Button fill="none" block onClick={signOut}>
          退出登录
        </Button>
      </View>
    </View>
  )
}
