import { View, Text, Image } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { holds } from '../../../contract/roles'
import type { Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { announce, pressProps, roleProps } from '../../platform/a11y'
import { passwordSignIn } from '../../platform/transport'
import { setLargeText, useLargeText } from '../../services/large-text'
import { refreshUnreadBadge } from '../../services/unread'
import { call, goChangePassword, type CallError } from '../../services/call'
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
function LinkCell({
  title,
  url,
  extra,
  description,
}: {
  title: string
  url: string
  extra?: string
  description?: string
}) {
  return (
    <Cell
      title={title}
      description={description}
      extra={extra ? `${extra} ›` : '›'}
      onClick={go(url)}
      {...roleProps('link')}
      {...pressProps(go(url))}
    />
  )
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
      const m = await call('user', 'me', {}, { loading: false, toast: false })
      if (m.mustChangePassword) goChangePassword()
      return m
    } catch (e) {
      const err = e as CallError
      if (err.code !== 'UNAUTHENTICATED' && err.code !== 'SESSION_EXPIRED') throw err
      setSessionToken(null)
      return null
    }
  }, [])
  const me = profile.data
  useDidShow(refreshUnreadBadge)
  // The interest groups I joined (活动 → 兴趣社群 joins and leaves them).
  const myGroups = useData(
    async () =>
      me
        ? (await call('activities', 'groups', {}, { loading: false, toast: false })).items.filter((g) => g.joined)
        : [],
    [me?.id],
  ).data

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
            <View
              className="card row mine__profile"
              {...roleProps('link')}
              onClick={go('/subpackages/account/profile')}
              {...pressProps(go('/subpackages/account/profile'))}
            >
              <View className="mine__avatar" aria-hidden="true">
                {me.avatar ? (
                  <Image className="mine__avatar-img" src={me.avatar} mode="aspectFill" />
                ) : (
                  me.displayName.slice(-1)
                )}
              </View>
              <View className="grow">
                <Text className="mine__name">{me.displayName}</Text>
                <View className="row mine__tags">
                  {me.roles.length === 0 && <Tag type="default">未开通身份</Tag>}
                  {me.roles.map((r) => (
                    <Tag key={`${r.role}-${r.scope}`} type="primary">
                      {r.label}
                    </Tag>
                  ))}
                </View>
              </View>
              {/* Said as part of the link's name (its words): 王小哥 骑手 个人资料. */}
              <Text className="muted">个人资料</Text>
              <Text className="muted" aria-hidden="true">
                ›
              </Text>
            </View>
            {me.mustChangePassword && (
              <View className="card" role="alert">
                <Text className="section-title">请先修改管理员给你的一次性密码</Text>
                <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/subpackages/account/password' })}>
                  修改密码
                </Button>
              </View>
            )}
            {!me.onboarded && (
              <View className="card" role="note">
                <Text className="section-title">还差一步：选择社区和身份</Text>
                <Button
                  type="primary"
                  block
                  onClick={() => Taro.navigateTo({ url: '/subpackages/account/onboarding' })}
                >
                  去完善
                </Button>
              </View>
            )}
            <CellGroup>
              <LinkCell
                title="我的身份"
                extra={me.roles.map((r) => r.label).join('、') || '未开通'}
                url="/subpackages/account/roles"
              />
              <Cell title="所属社区" extra={me.community?.name ?? '未设置'} />
              <Cell title="手机号" extra={me.phoneMasked ?? '未绑定'} />
              {me.username && <Cell title="账号" extra={me.username} />}
              <Cell title="登录方式" extra={METHOD_LABEL[me.signInMethod]} />
            </CellGroup>
            <CellGroup title="我的服务">
              <LinkCell title="我的活动" url="/subpackages/activities/mine" />
              <LinkCell
                title="我的兴趣社群"
                extra={myGroups?.length ? myGroups.map((g) => g.name).join('、') : '还没有加入，去看看'}
                url="/subpackages/activities/index"
              />
              <LinkCell title="我的订餐预约" url="/subpackages/canteen/bookings" />
              <LinkCell title="我的政策条件" url="/subpackages/policies/profile" />
              <LinkCell title="我的导师预约" url="/subpackages/policies/bookings" />
              {holds(me, 'mentor') && <LinkCell title="导师工作台" url="/subpackages/policies/desk" />}
              {holds(me, 'rider') && (
                <LinkCell
                  title="骑手认证"
                  extra={me.riderVerified ? '已认证' : undefined}
                  url="/subpackages/canteen/rider"
                />
              )}
              {holds(me, 'enterprise') && <LinkCell title="发布企业活动" url="/subpackages/activities/edit" />}
            </CellGroup>
            <LargeTextSwitch />
            {holds(me, 'social_worker', 'admin', 'department') && (
              <CellGroup title="工作台">
                {holds(me, 'department') && (
                  <LinkCell
                    title={`部门工作台 · ${me.roles.find((r) => r.role === 'department')?.scope ?? ''}`}
                    url="/subpackages/admin/department"
                  />
                )}
                {holds(me, 'admin', 'social_worker') && (
                  <LinkCell
                    title={holds(me, 'admin') ? '管理后台（账号、社区、企业、审计）' : '本社区人员、企业与审计'}
                    url="/subpackages/admin/index"
                  />
                )}
                {holds(me, 'social_worker', 'admin', 'department') && (
                  <LinkCell title="政策管理（发布、导入、到期提醒）" url="/subpackages/policies/manage" />
                )}
                {holds(me, 'social_worker', 'admin') && (
                  <>
                    <LinkCell title="身份审核（企业、专家、骑手）" url="/subpackages/account/review" />
                    <LinkCell title="本社区人员" url="/subpackages/account/people" />
                    <LinkCell title="发布社区活动" url="/subpackages/activities/edit" />
                    <LinkCell title="兴趣社群管理（新建、修改、归档）" url="/subpackages/activities/groups" />
                    <LinkCell title="延时餐厅柜台" url="/subpackages/canteen/index" />
                    <LinkCell title="延时餐厅管理（新建、时段、菜单、休息日）" url="/subpackages/canteen/manage" />
                    <LinkCell
                      title={holds(me, 'admin') ? '站点管理（新建、反馈、导入导出）' : '站点反馈处理'}
                      url="/subpackages/stations/manage"
                    />
                  </>
                )}
              </CellGroup>
            )}
            <CellGroup title="账号">
              <LinkCell
                title="账号与隐私"
                description="个人资料、更换社区、下载我的数据、注销账号"
                url="/subpackages/account/index"
              />
            </CellGroup>
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
