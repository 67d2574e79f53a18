import { View, Text } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import type { Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { announce, pressProps, roleProps } from '../../platform/a11y'
import { passwordSignIn } from '../../platform/transport'
import { setLargeText, useLargeText } from '../../services/large-text'
import { refreshUnreadBadge } from '../../services/unread'
import { call, type CallError } from '../../services/call'
import { getSessionToken, setSessionToken } from '../../services/session'
import { Button } from '../../ui/Button'
import { Cell, CellGroup } from '../../ui/Cell'
import { Tag } from '../../ui/Tag'
import './index.css'

const METHOD_LABEL: Record<Me['signInMethod'], string> = {
  wechat: '微信',
  password: '账号密码',
  demo: '演示账号',
}

const go = (url: string) => () => Taro.navigateTo({ url })

/** A row that opens another page: a link for screen readers, pressable by keyboard on H5. */
function LinkCell({ title, url }: { title: string; url: string }) {
  return <Cell title={title} extra="›" onClick={go(url)} {...roleProps('link')} {...pressProps(go(url))} />
}

/** 大字模式: the whole row is one switch (text ≥ 18 px, stronger contrast, larger targets). */
function LargeTextSwitch() {
  const large = useLargeText()
  const flip = () => {
    setLargeText(!large)
    announce(large ? '大字模式已关闭' : '大字模式已开启')
  }
  return (
    <View
      className="card row mine__switch"
      {...roleProps('switch')}
      aria-checked={large}
      aria-label="大字模式"
      onClick={flip}
      {...pressProps(flip)}
    >
      <View className="grow">
        <Text className="mine__switch-title">大字模式</Text>
        <Text className="muted mine__switch-desc">文字更大、对比更强、按钮更好按</Text>
      </View>
      <View className={`mine__track${large ? ' mine__track--on' : ''}`}>
        <View className="mine__thumb" />
      </View>
    </View>
  )
}

export default function Mine() {
  // null: signed out (on H5 without a session, or the session has ended).
  const profile = useData(async (): Promise<Me | null> => {
    if (passwordSignIn && !getSessionToken()) return null
    try {
      return await call('user', 'me', {}, { loading: false, toast: false })
    } catch (e) {
      const err = e as CallError
      if (err.code !== 'UNAUTHENTICATED' && err.code !== 'SESSION_EXPIRED') throw err
      setSessionToken(null)
      return null
    }
  }, [])
  const me = profile.data
  useDidShow(refreshUnreadBadge)

  const signOut = async () => {
    await call('user', 'logout', {}, { loading: '正在退出' }).catch(() => undefined)
    setSessionToken(null)
    profile.set(null)
  }

  if (me === null) {
    return (
      <Screen className="mine">
        <View className="card mine__signed-out">
          <Text className="mine__title">还没有登录</Text>
          <Text className="muted">登录后可查看我的预约、活动和消息</Text>
          <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}>
            登录
          </Button>
        </View>
        <LargeTextSwitch />
      </Screen>
    )
  }

  return (
    <Screen className="mine">
      <PageState loading={profile.loading && me === undefined} error={profile.error} onRetry={profile.reload}>
        {me && (
          <>
            <View className="card row mine__profile">
              <View className="mine__avatar" aria-hidden="true">
                {me.displayName.slice(-1)}
              </View>
              <View className="grow">
                <Text className="mine__name">{me.displayName}</Text>
                <View className="row mine__tags">
                  <Tag type="primary">{me.roleLabel}</Tag>
                  {me.community && <Text className="muted">{me.community.name}</Text>}
                </View>
              </View>
            </View>
            <CellGroup>
              <Cell title="身份" extra={me.roleLabel} />
              <Cell title="所属社区" extra={me.community?.name ?? '未设置'} />
              <Cell title="手机号" extra={me.phoneMasked ?? '未绑定'} />
              {me.username && <Cell title="账号" extra={me.username} />}
              <Cell title="登录方式" extra={METHOD_LABEL[me.signInMethod]} />
            </CellGroup>
            <CellGroup title="我的服务">
              <LinkCell title="我的活动" url="/subpackages/activities/mine" />
              <LinkCell title="我的订餐预约" url="/subpackages/canteen/bookings" />
              {me.role === 'rider' && <LinkCell title="骑手认证" url="/subpackages/canteen/rider" />}
              {me.role === 'enterprise' && <LinkCell title="发布企业活动" url="/subpackages/activities/edit" />}
            </CellGroup>
            <LargeTextSwitch />
            {(me.role === 'social_worker' || me.role === 'admin') && (
              <CellGroup title="工作台">
                <LinkCell title="发布社区活动" url="/subpackages/activities/edit" />
                <LinkCell title="骑手认证审核" url="/subpackages/canteen/rider" />
                <LinkCell title="延时餐厅柜台" url="/subpackages/canteen/index" />
                <LinkCell
                  title={me.role === 'admin' ? '站点管理（新建、反馈、导入导出）' : '站点反馈处理'}
                  url="/subpackages/stations/manage"
                />
              </CellGroup>
            )}
            {passwordSignIn && (
              <View className="mine__actions">
                <Button block fill="outline" onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}>
                  切换账号
                </Button>
                <Button block type="danger" fill="outline" onClick={signOut}>
                  退出登录
                </Button>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
