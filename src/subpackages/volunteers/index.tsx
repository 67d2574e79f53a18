import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './volunteers.css'
import './contract'

/** A community's volunteer teams: sign up, see a team's tasks; ask the repair team for help. */
export default function Teams() {
  const communityId = Number(useRouter().params.communityId) || undefined
  const page = useAction('volunteers', 'teams', communityId ? { communityId } : {})
  const join = async (teamId: number) => {
    const t = await call('volunteers', 'join', { teamId }, { loading: '正在报名' }).catch(() => null)
    if (t) {
      toast(t.myStatus === 'active' ? `已加入「${t.name}」` : '已报名，等组织者审核')
      void page.reload()
    }
  }
  const d = page.data
  return (
    <Screen className="volunteers">
      <PageState loading={page.loading && !d} error={page.error} onRetry={page.reload}>
        {d && (
          <>
            <Text className="section-title">{d.community.name} 志愿队</Text>
            <PageState loading={false} empty={d.items.length === 0} emptyText="本社区还没有志愿队，可请社工建立">
              <View {...roleProps('list')} aria-label="志愿队">
                {d.items.map((t) => (
                  <View key={t.id} className="card" {...roleProps('listitem')} aria-label={t.name}>
                    <Text className="vol-line">{t.name}</Text>
                    <Text className="vol-meta">
                      {t.kindLabel} · 队员 {t.members} 人
                      {t.organisers.length ? ` · 组织者 ${t.organisers.join('、')}` : ''}
                    </Text>
                    {t.intro && <Text className="vol-meta">{t.intro}</Text>}
                    {t.myStatus === 'pending' && <Text className="vol-meta">已报名，待审核</Text>}
                    <View className="vol-actions">
                      {t.can.includes('join') && (
                        <Button type="primary" size="small" onClick={() => join(t.id)}>
                          报名加入
                        </Button>
                      )}
                      <Button
                        fill="outline"
                        size="small"
                        onClick={() => Taro.navigateTo({ url: `/subpackages/volunteers/tasks?teamId=${t.id}` })}
                      >
                        {t.can.includes('organise') ? '任务与时长确认' : '查看任务'}
                      </Button>
                      {t.kind === 'repair' && (
                        <Button
                          fill="outline"
                          size="small"
                          onClick={() =>
                            Taro.navigateTo({ url: `/subpackages/volunteers/repair?communityId=${d.community.id}` })
                          }
                        >
                          申请上门维修
                        </Button>
                      )}
                    </View>
                  </View>
                ))}
              </View>
            </PageState>
            <Button fill="outline" block onClick={() => Taro.navigateTo({ url: '/subpackages/volunteers/mine' })}>
              我的志愿时长
            </Button>
          </>
        )}
      </PageState>
    </Screen>
  )
}
