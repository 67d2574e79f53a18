import { View, Text, Image, Button as NativeButton } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import {
  nicknameInputType,
  phoneQuickVerify,
  pickAvatar,
  uploadAvatar,
  wechatAvatarButton,
} from '../../platform/profile'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { toast } from '../../services/toast'
import './contract'

/** 个人资料: avatar, name, birth year and phone (weapp: WeChat's buttons; H5: typed). */
export default function ProfilePage() {
  const [me, setMe] = useState<Me>()
  const [error, setError] = useState<CallError>()
  const [name, setName] = useState('')
  const [birthYear, setBirthYear] = useState('')
  const [phone, setPhone] = useState('')

  const show = (m: Me) => {
    setMe(m)
    setName(m.displayName)
    setBirthYear(m.birthYear ? String(m.birthYear) : '')
  }
  const load = () => {
    setError(undefined)
    call('user', 'me', {}, { loading: false, toast: false }).then(show, setError)
  }
  useDidShow(load)

  const save = async (input: Parameters<typeof call<'user', 'updateProfile'>>[2], done = '已保存') => {
    const m = await call('user', 'updateProfile', input, { loading: '正在保存' }).catch(() => null)
    if (m) {
      show(m)
      toast(done)
    }
  }
  const avatarFrom = async (value: string | null) => {
    if (!value) return toast('没有选择图片，或图片太大')
    await save({ avatar: value }, '头像已更新')
  }
  const bind = async (input: { phone: string } | { code: string }) => {
    const m = await call('user', 'bindPhone', input, { loading: '正在绑定' }).catch(() => null)
    if (m) {
      show(m)
      setPhone('')
      toast('手机号已绑定')
    }
  }

  return (
    <Screen className="account">
      <PageState loading={!me && !error} error={error} onRetry={load}>
        {me && (
          <>
            <View className="card row" style={{ gap: '12px' }}>
              <View className="account-avatar" aria-label="头像">
                {me.avatar ? <Image src={me.avatar} mode="aspectFill" /> : me.displayName.slice(-1)}
              </View>
              <View className="grow">
                {wechatAvatarButton ? (
                  <NativeButton
                    openType="chooseAvatar"
                    aria-label="更换头像"
                    onChooseAvatar={async (e) => avatarFrom(await uploadAvatar(e.detail.avatarUrl))}
                  >
                    更换头像
                  </NativeButton>
                ) : (
                  <Button fill="outline" aria-label="更换头像" onClick={async () => avatarFrom(await pickAvatar())}>
                    更换头像
                  </Button>
                )}
              </View>
            </View>

            <View className="card">
              <Text className="section-title">昵称</Text>
              <Input
                name="displayName"
                type={nicknameInputType as 'text'}
                placeholder="昵称（别人看到时会打码）"
                value={name}
                onChange={setName}
                maxLength={20}
                {...fieldProps('昵称')}
              />
              <Text className="section-title">出生年份</Text>
              <Input
                name="birthYear"
                type="digit"
                placeholder="如 1998（青年活动、青创客按此计算年龄）"
                value={birthYear}
                onChange={setBirthYear}
                maxLength={4}
                {...fieldProps('出生年份')}
              />
              <Button
                type="primary"
                block
                disabled={!name.trim()}
                why="请填写称呼"
                onClick={() =>
                  save({
                    displayName: name,
                    ...(birthYear && Number(birthYear) !== me.birthYear ? { birthYear: Number(birthYear) } : {}),
                  })
                }
              >
                保存
              </Button>
            </View>

            <View className="card">
              <Text className="section-title">手机号</Text>
              <Text className="account-hint">
                {me.phoneMasked ? `已绑定 ${me.phoneMasked}${me.phoneVerified ? '（已验证）' : ''}` : '未绑定'}
                ；他人看到时中间四位打码
              </Text>
              {phoneQuickVerify && (
                <NativeButton
                  openType="getPhoneNumber"
                  aria-label="微信手机号快速验证"
                  onGetPhoneNumber={(e) => e.detail.code && void bind({ code: e.detail.code })}
                >
                  微信手机号快速验证
                </NativeButton>
              )}
              <Input
                name="phone"
                type="number"
                placeholder="输入 11 位手机号"
                value={phone}
                onChange={setPhone}
                maxLength={11}
                {...fieldProps('手机号')}
              />
              <Button
                block
                fill="outline"
                disabled={phone.length !== 11}
                why="请输入 11 位手机号"
                onClick={() => bind({ phone })}
              >
                绑定手机号
              </Button>
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
