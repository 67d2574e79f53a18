import { Text, View } from '@tarojs/components'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import './demands.css'
import './contract'

/** Admins: which street office (街道) each community's overdue demands escalate to (逾期督办). */
export default function StreetOffices() {
  const data = useAction('demands', 'streetOffices', {})
  const d = data.data
  const link = async (communityId: number, departmentId: number) => {
    const r = await call('demands', 'setStreetOffice', { communityId, departmentId }, { loading: '正在保存' }).catch(
      () => null,
    )
    if (r) {
      toast(r.changed ? '已关联' : '未改变')
      void data.reload()
    }
  }
  return (
    <Screen className="demands">
      <PageState loading={data.loading} error={data.error} onRetry={data.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="section-title">社区与街道办事处</Text>
              <Text className="muted">
                社区的诉求逾期未办结时，升级到所关联的街道办事处督办。可选的是部门管理中类型为「街道」的部门。
              </Text>
              {d.offices.length === 0 && (
                <Text className="muted">还没有街道类部门，请先在「部门与成员单位」中新建。</Text>
              )}
            </View>
            {d.communities.map((c) => (
              <View key={c.id} className="card">
                <Text className="section-title">{c.name}</Text>
                <Text className="muted">
                  {c.street ? `所在街道：${c.street} · ` : ''}
                  {c.office ? `已关联：${c.office.name}` : '尚未关联街道办事处'}
                </Text>
                <ChipGroup label={`${c.name}的街道办事处`} kind="radiogroup">
                  {d.offices.map((o) => (
                    <Chip key={o.id} role="radio" on={c.office?.id === o.id} onPress={() => link(c.id, o.id)}>
                      {o.name}
                    </Chip>
                  ))}
                </ChipGroup>
              </View>
            ))}
          </>
        )}
      </PageState>
    </Screen>
  )
}
