import { View, Text } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PASSWORD_MIN_LENGTH, type Me } from '../../../contract/user'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { fieldProps } from '../../platform/a11y'
import { toast } from '../../services/toast'
import './contract'

/**
 * 修改密码 with the current password (also where a staff account replaces the one-time password it
 * was given); 设置密码 with a code sent to the account's phone — the first password of an account
 * made with a sign-up code, or a new one when the current is forgotten.
 */
export default function PasswordPage() {
  const [me, setMe] = useState<Me>()
  const [byCode, setByCode] = useState(false)
  const [current, setCurrent] = useState('')
  const [code, setCode] = useState('')
  const [sent, setSent] = useState<{ to: string; demoCode: string | null } | null>(null)
  const [wait, setWait] = useState(0)
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')

  useDidShow(() => void call('user', 'me', {}, { loading: false, toast: false }).then(setMe, () => undefined))
  useEffect(() => {
    if (wait <= 0) return
    const t = setTimeout(() => setWait((w) => w - 1), 1000)
    return () => clearTimeout(t)
  }, [wait])
  // No password yet (made with a sign-up code): only the code way exists.
  const setting = me ? !me.hasPassword : false
  const withCode = setting || byCode

  const send = async () => {
    const r = await call('user', 'sendAccountCode', {}, { loading: '正在发送' }).catch(() => null)
    if (!r) return
    setSent({ to: r.sentTo, demoCode: r.demoCode })
    setWait(r.resendAfterSeconds)
    toast(`验证码已发送至 ${r.sentTo}`)
  }
  const submit = async () => {
    if (next !== again) return toast('两次输入的新密码不一致')
    const r = await (
      withCode
        ? call('user', 'setPassword', { code, next }, { loading: '正在设置' })
        : call('user', 'changePassword', { current, next }, { loading: '正在修改' })
    ).catch(() => null)
    if (!r) return
    toast(setting ? '密码已设置，下次可用手机号和密码登录' : '密码已修改，其他设备需重新登录', { duration: 2500 })
    setTimeout(() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/mine/index' })), 800)
  }

  const why = withCode
    ? !/^\d{6}$/.test(code)
      ? '请先获取并填写 6 位验证码'
      : !next || !again
        ? '请填写新密码并再输入一次'
        : ''
    : !current || !next || !again
      ? '请填写当前密码、新密码并再输入一次'
      : ''

  return (
    <Screen className="account">
      <View className="card">
        <Text className="section-title">{setting ? '设置密码' : withCode ? '用短信验证码重设密码' : '修改密码'}</Text>
        <Text className="account-hint">
          {setting ? '你用验证码注册，还没有密码。设置后也可以用手机号和密码登录。' : ''}
          新密码至少 {PASSWORD_MIN_LENGTH} 位，不能是常见密码，不能包含账号或手机号。
          {setting ? '' : '修改后其他设备上的登录会退出。'}
        </Text>
        {withCode ? (
          <>
            <TextField label="验证码" name="code" type="number" value={code} onChange={setCode} maxLength={6} />
            <Button block fill="outline" disabled={!me || wait > 0} onClick={send}>
              {sent ? '重新获取验证码' : `获取验证码${me?.phoneMasked ? `（发送至 ${me.phoneMasked}）` : ''}`}
            </Button>
            {wait > 0 && <Text className="account-hint">{wait} 秒后可重新获取</Text>}
            {sent && (
              <Text className="account-hint">
                验证码已发送至 {sent.to}，10 分钟内有效
                {sent.demoCode ? `（演示模式，不发短信：验证码 ${sent.demoCode}）` : ''}
              </Text>
            )}
          </>
        ) : (
          <Input
            name="current"
            type="password"
            placeholder="当前密码（或管理员给你的一次性密码）"
            value={current}
            onChange={setCurrent}
            maxLength={128}
            {...fieldProps('当前密码')}
          />
        )}
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
        <Button type="primary" block disabled={Boolean(why)} why={why} onClick={submit}>
          {setting ? '设置密码' : '确认修改'}
        </Button>
        {!setting && me?.phoneMasked && !me.mustChangePassword && (
          <Pressable className="account-link" role="link" onPress={() => setByCode(!byCode)}>
            {byCode ? '记得当前密码？用当前密码修改' : '忘记当前密码？用短信验证码重设'}
          </Pressable>
        )}
      </View>
    </Screen>
  )
}
