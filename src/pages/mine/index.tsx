import { View, Text, Image } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { holds } from '../../../contract/roles'
import type { Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { MINE_ENTRIES, type MineEntry } from '../../entries'
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
  // Each feature declares its rows (src/subpackages/<f>/entries.ts); a row shows to the roles it names.
  const entries = (section: MineEntry['section']) =>
    me
      ? MINE_ENTRIES.filter(
          (e) => e.section === section && (!e.roles || holds(me, ...e.roles)) && (!e.when || e.when(me)),
        )
      : []
  const titleOf = (e: MineEntry) => (typeof e.title === 'string' ? e.title : e.title(me!))
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
              onClick={go('/subpackages/user/profile')}
              {...pressProps(go('/subpackages/user/profile'))}
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
                <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/subpackages/user/password' })}>
                  修改密码
                </Button>
              </View>
            )}
            {!me.onboarded && (
              <View className="card" role="note">
                <Text className="section-title">还差一步：选择社区和身份</Text>
                <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/subpackages/user/onboarding' })}>
                  去完善
                </Button>
              </View>
            )}
            <CellGroup>
              <LinkCell
                title="我的身份"
                extra={me.roles.map((r) => r.label).join('、') || '未开通'}
                url="/subpackages/user/roles"
              />
              <Cell title="所属社区" extra={me.community?.name ?? '未设置'} />
              <Cell title="手机号" extra={me.phoneMasked ?? '未绑定'} />
              {me.username && <Cell title="账号" extra={me.username} />}
              <Cell title="登录方式" extra={METHOD_LABEL[me.signInMethod]} />
            </CellGroup>
            <CellGroup title="我的服务">
              {entries('services').map((e) => (
                <LinkCell
                  key={e.url + e.section}
                  title={titleOf(e)}
                  extra={e.extra?.(me)}
                  description={e.description}
                  url={e.url}
                />
              ))}
              {/* The groups I joined, by name: data, not a fixed row, so asked of activities here. */}
              <LinkCell
                title="我的兴趣社群"
                extra={myGroups?.length ? myGroups.map((g) => g.name).join('、') : '还没有加入，去看看'}
                url="/subpackages/activities/index"
              />
            </CellGroup>
            <LargeTextSwitch />
            {entries('desk').length > 0 && (
              <CellGroup title="工作台">
                {entries('desk').map((e) => (
                  <LinkCell key={e.url + e.section} title={titleOf(e)} url={e.url} />
                ))}
              </CellGroup>
            )}
            <CellGroup title="账号">
              <LinkCell
                title="账号与隐私"
                description="个人资料、更换社区、下载我的数据、注销账号"
                url="/subpackages/user/index"
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
