import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { go } from './parts'
import './jobs.css'
import './contract'

/** A posting: pay with its unit, place, shifts, requirements; apply in one tap; my status; report. */
export default function JobDetail() {
  const id = Number(useRouter().params.id)
  const d = useAction('jobs', 'posting', { id }, [id])
  const [shiftIds, setShiftIds] = useState<number[]>([])
  const [reason, setReason] = useState('')
  const [reporting, setReporting] = useState(false)
  const p = d.data
  const done = async (run: Promise<unknown>, said: string) => {
    if (await run.catch(() => null)) {
      toast(said)
      void d.reload()
    }
  }
  const age = p && (p.ageMin || p.ageMax) ? `年龄 ${p.ageMin ?? ''}–${p.ageMax ?? ''} 岁` : null
  return (
    <Screen className="jobs">
      <PageState loading={d.loading && !p} error={d.error} onRetry={d.reload}>
        {p && (
          <>
            <View className="card">
              <View className="row">
                <Text className="jobs-card__title grow">{p.title}</Text>
                <Text className="jobs-pay">{p.pay}</Text>
              </View>
              <Text className="muted">
                {p.enterprise} · {p.kindLabel} · {p.statusLabel}
              </Text>
              <Text>地点：{p.place}</Text>
              <Text>
                到岗：{p.startDate}
                {p.endDate ? ` 至 ${p.endDate}` : ''} · 招 {p.headcount} 人（已录用 {p.hired}）
              </Text>
              {!!p.certificates.length && <Text>证书：{p.certificates.join('、')}</Text>}
              {p.healthCert && <Text>需持健康证</Text>}
              {age && <Text>{age}</Text>}
              {!!p.benefits.length && <Text>待遇：{p.benefits.join('、')}</Text>}
              {!!p.description && <Text className="muted">{p.description}</Text>}
              {p.reviewNote && <Text className="muted">审核意见：{p.reviewNote}</Text>}
              {p.contact ? (
                <Text>
                  联系人：{p.contact.name} {p.contact.phone}
                </Text>
              ) : (
                <Text className="muted">企业邀请面试或录用后可见联系方式</Text>
              )}
            </View>

            {!!p.shifts.length && (
              <View className="card">
                <Text className="section-title">班次</Text>
                <ChipGroup label="选择要报名的班次">
                  {p.shifts.map((s) => (
                    <Chip
                      key={s.id}
                      on={shiftIds.includes(s.id) || !!p.mine?.shiftIds.includes(s.id)}
                      disabled={!p.can.includes('apply')}
                      onPress={() =>
                        setShiftIds(shiftIds.includes(s.id) ? shiftIds.filter((x) => x !== s.id) : [...shiftIds, s.id])
                      }
                    >
                      {s.label}
                    </Chip>
                  ))}
                </ChipGroup>
              </View>
            )}

            {p.mine && (
              <View className="card">
                <Text>
                  我的投递：{p.mine.statusLabel}
                  {p.mine.reason ? `（${p.mine.reason}）` : ''}
                </Text>
                {p.mine.can.includes('checkIn') && (
                  <Button block onClick={() => go('/subpackages/jobs/checkin')}>
                    扫码签到 / 签退
                  </Button>
                )}
                {p.mine.can.includes('rate') && (
                  <Button block onClick={() => go('/subpackages/jobs/mine')}>
                    去评价
                  </Button>
                )}
              </View>
            )}

            <View className="card">
              {p.can.includes('apply') && (
                <Button
                  type="primary"
                  block
                  onClick={() => done(call('jobs', 'apply', { postingId: p.id, shiftIds }), '已投递')}
                >
                  一键投递
                </Button>
              )}
              {p.can.includes('withdraw') && p.mine && (
                <Button block onClick={() => done(call('jobs', 'withdraw', { applicationId: p.mine!.id }), '已撤回')}>
                  撤回投递
                </Button>
              )}
              {p.can.includes('applicants') && (
                <Button block onClick={() => go(`/subpackages/jobs/applicants?postingId=${p.id}`)}>
                  查看投递
                </Button>
              )}
              {p.can.includes('edit') && (
                <Button block onClick={() => go(`/subpackages/jobs/post?id=${p.id}`)}>
                  修改岗位
                </Button>
              )}
              {p.can.includes('review') && (
                <Button block onClick={() => go('/subpackages/jobs/review')}>
                  去审核
                </Button>
              )}
              {p.can.includes('report') &&
                (reporting ? (
                  <>
                    <TextField label="举报原因" value={reason} onChange={setReason} maxLength={200} multiline />
                    <Button
                      block
                      onClick={() => done(call('jobs', 'report', { id: p.id, reason }), '已举报，社工将复核')}
                    >
                      提交举报
                    </Button>
                  </>
                ) : (
                  <Button block onClick={() => setReporting(true)}>
                    举报
                  </Button>
                ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
