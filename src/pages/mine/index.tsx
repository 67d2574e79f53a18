import { View, Text, Image } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { holds, type Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { passwordSignIn } from '../../platform/transport'
import { refreshUnreadBadge } from '../../services/unread'
import { call, goChangePassword, type CallError } from '../../services/call'
import { getSessionToken, setSessionToken } from '../../services/session'
import { Button, Cell, CellGroup, Tag } from '../../ui/nutui'
import './index.css'

const METHOD_LABEL: Record<Me['signInMethod'], string> = {
  wechat: '微信',
  password: '账号密码',
  demo: '演示账号',
}

export default function Mine() {
  const [me, setMe] = useState<Me | null>()
  const [error, setError] = useState<CallError>()

  const load = () => {
    setError(undefined)
    if (passwordSignIn && !getSessionToken()) return setMe(null)
    setMe(undefined)
    call('user', 'me', {}, { loading: false, toast: false }).then(
      (m) => {
        if (m.mustChangePassword) goChangePassword()
        setMe(m)
      },
      (e: CallError) => {
        if (e.code === 'UNAUTHENTICATED' || e.code === 'SESSION_EXPIRED') {
          setSessionToken(null)
          setMe(null)
        } else setError(e)
      },
    )
  }
  useDidShow(() => {
    load()
    refreshUnreadBadge()
  })

  const signOut = async () => {
    await call('user', 'logout', {}, { loading: '正在退出' }).catch(() => undefined)
    setSessionToken(null)
    setMe(null)
  }

  if (me === null) {
    return (
      <View className="page mine">
        <View className="card mine__signed-out">
          <Text className="mine__title">还没有登录</Text>
          <Text className="muted">登录后可查看我的预约、活动和消息</Text>
          <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}>
            登录
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className="page mine">
      <PageState loading={me === undefined && !error} error={error} onRetry={load}>
        {me && (
          <>
            <View
              className="card row mine__profile"
              role="button"
              aria-label="个人资料"
              onClick={() => Taro.navigateTo({ url: '/subpackages/account/profile' })}
            >
              <View className="mine__avatar">
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
              <Text className="muted">›</Text>
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
              <Cell
                title="我的身份"
                extra={`${me.roles.map((r) => r.label).join('、') || '未开通'} ›`}
                onClick={() => Taro.navigateTo({ url: '/subpackages/account/roles' })}
              />
              <Cell title="所属社区" extra={me.community?.name ?? '未设置'} />
              <Cell title="手机号" extra={me.phoneMasked ?? '未绑定'} />
              {me.username && <Cell title="账号" extra={me.username} />}
              <Cell title="登录方式" extra={METHOD_LABEL[me.signInMethod]} />
            </CellGroup>
            <CellGroup title="我的服务">
              <Cell
                title="我的活动"
                extra="›"
                onClick={() => Taro.navigateTo({ url: '/subpackages/activities/mine' })}
              />
              <Cell
                title="我的订餐预约"
                extra="›"
                onClick={() => Taro.navigateTo({ url: '/subpackages/canteen/bookings' })}
              />
              {holds(me, 'rider') && (
                <Cell
                  title="骑手认证"
                  extra={me.riderVerified ? '已认证 ›' : '›'}
                  onClick={() => Taro.navigateTo({ url: '/subpackages/canteen/rider' })}
                />
              )}
              {holds(me, 'enterprise') && (
                <Cell
                  title="发布企业活动"
                  extra="›"
                  onClick={() => Taro.navigateTo({ url: '/subpackages/activities/edit' })}
                />
              )}
            </CellGroup>
            {holds(me, 'social_worker', 'admin', 'department') && (
              <CellGroup title="工作台">
                {holds(me, 'department') && (
                  <Cell
                    title={`部门工作台 · ${me.roles.find((r) => r.role === 'department')?.scope ?? ''}`}
                    extra="›"
                    onClick={() => Taro.navigateTo({ url: '/subpackages/admin/department' })}
                  />
                )}
                {holds(me, 'admin', 'social_worker') && (
                  <Cell
                    title={holds(me, 'admin') ? '管理后台（账号、社区、企业、审计）' : '本社区人员、企业与审计'}
                    extra="›"
                    onClick={() => Taro.navigateTo({ url: '/subpackages/admin/index' })}
                  />
                )}
                {holds(me, 'social_worker', 'admin') && (
                  <>
                    <Cell
                      title="身份审核（企业、专家、骑手）"
                      extra="›"
                      onClick={() => Taro.navigateTo({ url: '/subpackages/account/review' })}
                    />
                    <Cell
                      title="本社区人员"
                      extra="›"
                      onClick={() => Taro.navigateTo({ url: '/subpackages/account/people' })}
                    />
                    <Cell
                      title="发布社区活动"
                      extra="›"
                      onClick={() => Taro.navigateTo({ url: '/subpackages/activities/edit' })}
                    />
                    <Cell
                      title="延时餐厅柜台"
                      extra="›"
                      onClick={() => Taro.navigateTo({ url: '/subpackages/canteen/index' })}
                    />
                    <Cell
                      title={holds(me, 'admin') ? '站点管理（新建、反馈、导入导出）' : '站点反馈处理'}
                      extra="›"
                      onClick={() => Taro.navigateTo({ url: '/subpackages/stations/manage' })}
                    />
                  </>
                )}
              </CellGroup>
            )}
            <CellGroup title="账号">
              <Cell
                title="账号与隐私"
                description="个人资料、更换社区、下载我的数据、注销账号"
                extra="›"
                onClick={() => Taro.navigateTo({ url: '/subpackages/account/index' })}
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
    </View>
  )
}
