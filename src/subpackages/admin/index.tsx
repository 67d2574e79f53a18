import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import './admin.css'
import { Screen } from '../../components/Screen'
import { pressProps } from '../../platform/a11y'
import './contract'

interface Tile {
  title: string
  subtitle: string
  url: string
  adminOnly?: boolean
}

const TILES: Tile[] = [
  { title: '人员与角色', subtitle: '查找、授予或撤销角色、停用', url: '/subpackages/admin/users' },
  { title: '新建工作人员账号', subtitle: '社工、部门、导师、管理员', url: '/subpackages/admin/staff', adminOnly: true },
  {
    title: '社区与网格',
    subtitle: '首页数据、中心位置、网格负责人',
    url: '/subpackages/admin/communities',
    adminOnly: true,
  },
  {
    title: '部门与成员单位',
    subtitle: '区级部门、街道、成员单位及成员',
    url: '/subpackages/admin/departments',
    adminOnly: true,
  },
  {
    title: '街道办事处关联',
    subtitle: '社区逾期诉求升级到哪个街道督办',
    url: '/subpackages/demands/street-offices',
    adminOnly: true,
  },
  { title: '企业名录', subtitle: '登记、导入导出（xlsx/CSV）', url: '/subpackages/admin/enterprises' },
  { title: '延时餐厅', subtitle: '新建餐厅、时段座位、骑手价、菜单、休息日', url: '/subpackages/canteen/manage' },
  { title: '餐厅与站点人员', subtitle: '柜台核销人员、站点工作人员', url: '/subpackages/admin/places' },
  { title: '审计日志', subtitle: '谁在何时做了什么', url: '/subpackages/admin/audit' },
]

/** The admin side's front page: what the asker may do (an admin everything; a 社工 their community's part). */
export default function AdminHome() {
  const scope = useAction('admin', 'scope', {})
  const admin = scope.data?.admin ?? false
  return (
    <Screen className="admin">
      <PageState loading={scope.loading} error={scope.error} onRetry={scope.reload}>
        {scope.data && (
          <>
            <View className="card">
              <Text className="section-title">{admin ? '管理后台' : '本社区管理'}</Text>
              <Text className="muted">
                {admin
                  ? '管理全部社区、部门、企业与账号'
                  : `你可以管理：${scope.data.communities.map((c) => c.name).join('、') || '（尚未分配社区）'}`}
              </Text>
            </View>
            <View className="admin-tiles">
              {TILES.filter((t) => admin || !t.adminOnly).map((t) => (
                <View
                  key={t.url}
                  role="button"
                  className="admin-tile"
                  onClick={() => Taro.navigateTo({ url: t.url })}
                  {...pressProps(() => Taro.navigateTo({ url: t.url }))}
                >
                  <Text className="admin-tile__title">{t.title}</Text>
                  <Text className="muted">{t.subtitle}</Text>
                </View>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
