import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PASSWORD_MIN_LENGTH } from '../../../contract/user'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { toast } from '../../services/toast'
import './contract'

/** 修改密码: also where a staff account replaces the one-time password it was given. */
export default function PasswordPage() {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')

  const submit = async () => {
    if (next !== again) return toast('两次输入的新密码不一致')
    const r = await call('user', 'changePassword', { current, next }, { loading: '正在修改' }).catch(() => null)
    if (!r) return
    toast('密码已修改，其他设备需重新登录', { duration: 2500 })
    setTimeout(() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/mine/index' })), 800)
  }

  return (
    <Screen className="account">
      <View className="card">
        <Text className="section-title">修改密码</Text>
        <Text className="account-hint">
          新密码至少 {PASSWORD_MIN_LENGTH} 位，不能是常见密码，不能包含账号或手机号。修改后其他设备上的登录会退出。
        </Text>
        <Input
          name="current"
          type="password"
          placeholder="当前密码（或管理员给你的一次性密码）"
          value={current}
          onChange={setCurrent}
          maxLength={128}
          {...fieldProps('当前密码')}
        />
        <Input
          name="next"
          type="password"
          placeholder={`新密码（至少 ${PASSWORD_MIN_LENGTH} 位）`}
          value={next}
          onChange={setNext}
          maxLength={128}
          {...fieldProps('新密码')}
        />
        <Input
          name="again"
          type="password"
          placeholder="再次输入新密码"
          value={again}
          onChange={setAgain}
          maxLength={128}
          {...fieldProps('再次输入新密码')}
        />
        <Button
          type="primary"
          block
          disabled={!current || !next || !again}
          why="请填写当前密码、新密码并再输入一次"
          onClick={submit}
        >
          确认修改
        </Button>
      </View>
    </Screen>
  )
}
