import { Text } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Me } from '../../../contract/user'
import { saveTextFile } from '../../platform/save-file'
import { call } from '../../services/call'
import { Cell, CellGroup } from '../../ui/Cell'
import './account.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })

/** 账号与隐私: my profile and roles, moving, my data (download), leaving. */
export default function AccountPage() {
  const [me, setMe] = useState<Me>()
  useDidShow(() => void call('user', 'me', {}, { loading: false, toast: false }).then(setMe, () => undefined))
  const download = async () => {
    const file = await call('user', 'myData', {}, { loading: '正在整理' }).catch(() => null)
    if (!file) return
    await saveTextFile(file.fileName, file.json, 'application/json;charset=utf-8')
    toast(`已导出 ${file.fileName}`)
  }
  return (
    <Screen className="account">
      <CellGroup>
        <Cell
          title="个人资料"
          description="头像、昵称、出生年份、手机号"
          extra="›"
          onClick={() => go('/subpackages/user/profile')}
        />
        <Cell
          title="我的身份"
          description="已开通的身份、申请与骑手认证"
          extra="›"
          onClick={() => go('/subpackages/user/roles')}
        />
        <Cell
          title="更换社区"
          description="搬到其他园区时更换，记录会保留"
          extra="›"
          onClick={() => go('/subpackages/user/move')}
        />
        {me?.username && (
          <Cell
            title={me.hasPassword ? '修改密码' : '设置密码'}
            description={me.hasPassword ? `登录账号 ${me.username}` : `登录账号 ${me.username}，设置后也可用密码登录`}
            extra="›"
            onClick={() => go('/subpackages/user/password')}
          />
        )}
      </CellGroup>
      <CellGroup title="个人信息">
        <Cell title="下载我的数据" description="链社保存的关于你的全部数据（JSON 文件）" extra="›" onClick={download} />
        <Cell
          title="注销账号"
          description="删除个人信息，先看清删除和保留的内容"
          extra="›"
          onClick={() => go('/subpackages/user/delete')}
        />
      </CellGroup>
      <Text className="muted" style={{ display: 'block', padding: '8px 4px' }}>
        手机号、证件号等在他人看到时均已打码。
      </Text>
    </Screen>
  )
}
