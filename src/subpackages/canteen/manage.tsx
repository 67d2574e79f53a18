import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { EmptyState } from '../../components/EmptyState'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { Button } from '../../ui/Button'
import './canteen.css'
import './contract'

const go = (url: string) => void Taro.navigateTo({ url })

/** Keepers (admins; a 社工 for their community): the canteens in reach, retired ones too; make a new one. */
export default function CanteenManage() {
  const list = useAction('canteen', 'managed', {})
  const d = list.data
  return (
    <Screen className="canteen">
      <PageState loading={list.loading} error={list.error} onRetry={list.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="section-title">餐厅管理</Text>
              <Text className="muted">
                新建和维护延时餐厅：供餐时段、座位、骑手价、菜单、休息日。柜台人员在「餐厅与站点人员」设置。
              </Text>
              <Button
                type="primary"
                block
                disabled={d.communities.length === 0}
                onClick={() => go('/subpackages/canteen/admin')}
              >
                新建餐厅
              </Button>
              <Button fill="outline" block onClick={() => go('/subpackages/admin/places')}>
                柜台人员
              </Button>
            </View>
            {d.items.length === 0 && <EmptyState title="还没有餐厅" description="点「新建餐厅」创建第一个" />}
            {d.items.map((c) => (
              <Pressable
                key={c.id}
                role="link"
                className="card"
                disabled={!c.active}
                onPress={() => go(`/subpackages/canteen/admin?id=${c.id}`)}
              >
                <Text className="section-title">{c.name}</Text>
                <Text className="muted">
                  {c.communityName} · {c.address}
                </Text>
                {!c.active && (
                  <Text className="muted">
                    已停用 {c.retiredAt}（{c.retiredReason}）
                  </Text>
                )}
              </Pressable>
            ))}
          </>
        )}
      </PageState>
    </Screen>
  )
}
