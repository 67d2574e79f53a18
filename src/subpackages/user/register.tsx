import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PASSWORD_MIN_LENGTH } from '../../../contract/user'
import { Field } from '../../components/Field'
import { call } from '../../services/call'
import { setSessionToken } from '../../services/session'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

const PHONE = /^1[3-9]\d{9}$/

/**
 * H5 sign-up and sign-in (a browser has no WeChat to vouch for the phone): the phone, the code
 * sent to it by SMS, and the name others will see; a password is optional (for signing in later
 * without a code). A registered phone signs in to its account. Then first use (community, roles).
 */
export default function RegisterPage() {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [sent, setSent] = useState<{ to: string; demoCode: string | null } | null>(null)
  const [wait, setWait] = useState(0)

  useEffect(() => {
    if (wait <= 0) return
    const t = setTimeout(() => setWait((w) => w - 1), 1000)
    return () => clearTimeout(t)
  }, [wait])

  const send = async () => {
    const r = await call('user', 'sendCode', { phone }, { loading: '正在发送' }).catch(() => null)
    if (!r) return
    setSent({ to: r.sentTo, demoCode: r.demoCode })
    setWait(r.resendAfterSeconds)
    toast(`验证码已发送至 ${r.sentTo}`)
  }

  const submit = async () => {
    const s = await call(
      'user',
      'register',
      { phone, code, displayName: name.trim(), ...(password ? { password } : {}) },
      { loading: '正在登录' },
    ).catch(() => null)
    if (!s) return
    setSessionToken(s.token)
    if (s.existing || s.me.onboarded) await Taro.switchTab({ url: '/pages/index/index' })
    else await Taro.redirectTo({ url: '/subpackages/user/onboarding' })
  }

  const phoneOk = PHONE.test(phone)
  // Why 获取验证码 / 注册并登录 cannot be tapped yet, said next to them.
  const sendWhy = !phoneOk ? '请先输入 11 位手机号' : wait > 0 ? `${wait} 秒后可重新获取` : ''
  const missing = [!phoneOk && '手机号', !/^\d{6}$/.test(code) && '6 位验证码', !name.trim() && '称呼'].filter(Boolean)

  return (
    <Screen className="account">
      <View className="card">
        <Text className="section-title">手机号验证码登录 / 注册</Text>
        <Text className="account-hint">已注册的手机号验证后直接登录；新用户填写称呼即完成注册。</Text>
        <Field label="手机号">
          <Input
            name="phone"
            type="number"
            placeholder="11 位手机号"
            value={phone}
            onChange={setPhone}
            maxLength={11}
          />
        </Field>
        <Field label="验证码">
          <Input name="code" type="number" placeholder="6 位验证码" value={code} onChange={setCode} maxLength={6} />
        </Field>
        <Button block fill="outline" disabled={Boolean(sendWhy)} onClick={send}>
          {sent ? '重新获取验证码' : '获取验证码'}
        </Button>
        {sendWhy && <Text className="account-hint">{sendWhy}</Text>}
        {sent && (
          <Text className="account-hint">
            验证码已发送至 {sent.to}，10 分钟内有效
            {sent.demoCode ? `（演示模式，不发短信：验证码 ${sent.demoCode}）` : ''}
          </Text>
        )}
        <Field label="怎么称呼你（别人看到的名字，不会显示手机号）">
          <Input name="displayName" placeholder="如 小李、王师傅" value={name} onChange={setName} maxLength={20} />
        </Field>
        <Field label={`设置密码（可选，至少 ${PASSWORD_MIN_LENGTH} 位）`}>
          <Input
            name="password"
            type="password"
            placeholder="不设置也可以，下次用验证码登录"
            value={password}
            onChange={setPassword}
            maxLength={128}
          />
        </Field>
        <Button type="primary" block disabled={missing.length > 0} onClick={submit}>
          登录 / 注册
        </Button>
        {missing.length > 0 && <Text className="account-hint">请填写{missing.join('、')}</Text>}
      </View>
      <Text className="muted" style={{ display: 'block', padding: '0 4px' }}>
        在微信中打开链社小程序无需注册，用微信手机号快速验证。
      </Text>
    </Screen>
  )
}
