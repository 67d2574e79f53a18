import { View, Text } from '@tarojs/components'
import { dayText, shanghaiDay } from '../../services/time'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { ReviewItem } from '../../../contract/user'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

/**
 * 身份审核 (社工): one queue for the community's 企业联络员 and 专家 applications and rider
 * verifications, oldest first. Rejecting needs a reason; the applicant is told either way.
 * Approving a liaison whose enterprise is recorded now (or has no grid) picks the enterprise's grid.
 */
export default function ReviewPage() {
  const [items, setItems] = useState<ReviewItem[]>()
  const [error, setError] = useState<CallError>()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  // The grid a new enterprise (or one with none yet) belongs to, picked per application.
  const [grids, setGrids] = useState<Record<string, number>>({})

  const load = () => {
    setError(undefined)
    call('user', 'reviewQueue', {}, { loading: false, toast: false }).then((r) => setItems(r.items), setError)
  }
  useDidShow(load)

  const decide = async (item: ReviewItem, approve: boolean) => {
    const key = `${item.kind}-${item.id}`
    const reason = reasons[key]?.trim()
    if (!approve && !reason) return toast('驳回时请填写原因，申请人会看到')
    const gridId = grids[key]
    if (approve && item.grids?.length && !gridId) return toast('请选择企业所在的网格')
    const input = { approve, ...(reason ? { reason } : {}) }
    const done =
      item.kind === 'rider'
        ? await call('canteen', 'reviewRider', { verificationId: item.id, ...input }, { loading: '正在提交' }).catch(
            () => null,
          )
        : await call(
            'user',
            'reviewApplication',
            { applicationId: item.id, ...input, ...(approve && gridId ? { gridId } : {}) },
            { loading: '正在提交' },
          ).catch(() => null)
    if (!done) return
    toast(approve ? '已通过，已通知申请人' : '已驳回，已通知申请人')
    load()
  }

  return (
    <Screen className="account">
      <PageState
        loading={!items && !error}
        error={error}
        onRetry={load}
        empty={items?.length === 0}
        emptyText="暂无待审核的申请"
      >
        <View className="card">
          <Text className="section-title">待审核（{items?.length ?? 0}）</Text>
          <View role="list" aria-label="待审核的申请">
            {items?.map((item) => {
              const key = `${item.kind}-${item.id}`
              return (
                <View key={key} role="listitem" aria-label={`${item.label} ${item.applicant}`} className="review-item">
                  <Text className="role-option__head">
                    {item.label} · {item.applicant}
                  </Text>
                  <Text className="muted" style={{ display: 'block' }}>
                    {item.phoneMasked ?? '未绑定手机号'} · {item.community} · {dayText(shanghaiDay(item.createdAt))}
                  </Text>
                  {item.facts.map((f) => (
                    <Text key={f.label} className="fact">
                      {f.label}：{f.value}
                    </Text>
                  ))}
                  {item.warning && <Text className="account-warn">{item.warning}</Text>}
                  {!!item.grids?.length && (
                    <>
                      <Text className="fact">所在网格（企业的诉求将派给该网格的社工）：</Text>
                      <ChipGroup label={`${item.applicant}的企业所在网格`} kind="radiogroup">
                        {item.grids.map((g) => (
                          <Chip
                            key={g.id}
                            role="radio"
                            on={grids[key] === g.id}
                            onPress={() => setGrids({ ...grids, [key]: g.id })}
                          >
                            {g.name}
                          </Chip>
                        ))}
                      </ChipGroup>
                    </>
                  )}
                  {item.kind === 'rider' &&
                    (item.photo ? (
                      <Picture className="review-photo" src={item.photo} alt="骑手证明照片" />
                    ) : (
                      <Text className="muted" style={{ display: 'block' }}>
                        未上传照片
                      </Text>
                    ))}
                  <Input
                    name={`reason-${key}`}
                    placeholder="驳回原因（驳回时必填，申请人可见）"
                    value={reasons[key] ?? ''}
                    onChange={(t) => setReasons({ ...reasons, [key]: t })}
                    maxLength={100}
                    aria-label="驳回原因"
                  />
                  <View className="account-row-actions">
                    <Button type="primary" onClick={() => decide(item, true)}>
                      通过
                    </Button>
                    <Button type="danger" fill="outline" onClick={() => decide(item, false)}>
                      驳回
                    </Button>
                  </View>
                </View>
              )
            })}
          </View>
        </View>
      </PageState>
    </Screen>
  )
}
