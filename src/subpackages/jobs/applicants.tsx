import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { imageProps } from '../../platform/a11y'
import { saveBase64File } from '../../platform/save-file'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { distanceText, JobCard } from './parts'
import './jobs.css'
import './contract'

type To = 'viewed' | 'interview' | 'hired' | 'rejected'
const SAID: Record<To, string> = {
  viewed: '已标记查看',
  interview: '已邀请面试',
  hired: '已录用',
  rejected: '已标记未通过',
}

/** 企业: a posting's applicants ranked with reasons; view, invite, hire, reject; gig hours; export; site code. */
export default function Applicants() {
  const postingId = Number(useRouter().params.postingId)
  const list = useAction('jobs', 'applicants', { postingId }, [postingId])
  const [qr, setQr] = useState<string | null>(null)
  const done = async (run: Promise<unknown>, said: string) => {
    if (await run.catch(() => null)) {
      toast(said)
      void list.reload()
    }
  }
  const decide = (applicationId: number, to: To) => done(call('jobs', 'decide', { applicationId, to }), SAID[to])
  const exportSheet = async () => {
    const r = await call('jobs', 'exportApplicants', { postingId, format: 'xlsx' }, { loading: '正在导出' }).catch(
      () => null,
    )
    if (r) await saveBase64File(r.filename, r.base64, r.mime)
  }
  const p = list.data?.posting
  return (
    <Screen className="jobs">
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {p && <JobCard role="button" p={p} />}
        <View className="row jobs-actions">
          <Button size="small" onClick={exportSheet}>
            导出名单（xlsx）
          </Button>
          {p?.kind === 'gig' && (
            <Button
              size="small"
              onClick={() =>
                void call('jobs', 'siteCode', { postingId }).then(
                  (r) => setQr(r.qr),
                  () => undefined,
                )
              }
            >
              现场签到码
            </Button>
          )}
        </View>
        {qr && <Image className="jobs-qr" src={qr} {...imageProps('现场签到码')} />}
        {list.data?.items.length === 0 && (
          <Text className="muted">还没有人投递。岗位通过审核后会出现在附近求职者的列表里。</Text>
        )}
        <View role="list" aria-label="投递人">
          {list.data?.items.map((a) => (
            <View
              key={a.id}
              className="card"
              role="listitem"
              aria-label={`${a.name}，${a.statusLabel}，匹配分 ${a.score}`}
            >
              <View className="row jobs-actions">
                <Text className="jobs-card__title grow">{a.name}</Text>
                <Text>{a.statusLabel}</Text>
              </View>
              <Text className="muted">
                匹配分 {a.score} · {a.availability}
                {a.distanceM !== null ? ` · ${distanceText(a.distanceM)}` : ''} · {a.phone}
              </Text>
              <Text className="jobs-reasons">{a.reasons.join('；')}</Text>
              {a.shifts.map((s) => (
                <View key={s.shiftId} className="row jobs-actions">
                  <Text className="grow">
                    {s.label} {s.noShow ? '未到岗' : s.checkedInAt ? `签到 ${s.checkedInAt.slice(11)}` : ''}
                    {s.checkedOutAt ? ` 签退 ${s.checkedOutAt.slice(11)}` : ''}
                    {s.confirmedMinutes !== null ? ` 确认 ${(s.confirmedMinutes / 60).toFixed(1)} 小时` : ''}
                  </Text>
                  {a.can.includes('confirmHours') && (
                    <>
                      <Button
                        size="small"
                        onClick={() =>
                          done(
                            call('jobs', 'confirmHours', {
                              applicationId: a.id,
                              shiftId: s.shiftId,
                              minutes: workedMinutes(s),
                              noShow: false,
                            }),
                            '工时已确认',
                          )
                        }
                      >
                        确认工时
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          done(
                            call('jobs', 'confirmHours', {
                              applicationId: a.id,
                              shiftId: s.shiftId,
                              minutes: 0,
                              noShow: true,
                            }),
                            '已标记未到岗',
                          )
                        }
                      >
                        未到岗
                      </Button>
                    </>
                  )}
                </View>
              ))}
              <View className="row jobs-actions">
                {a.can.includes('view') && (
                  <Button size="small" onClick={() => decide(a.id, 'viewed')}>
                    标记已查看
                  </Button>
                )}
                {a.can.includes('interview') && (
                  <Button size="small" onClick={() => decide(a.id, 'interview')}>
                    邀请面试
                  </Button>
                )}
                {a.can.includes('hire') && (
                  <Button size="small" type="primary" onClick={() => decide(a.id, 'hired')}>
                    录用
                  </Button>
                )}
                {a.can.includes('reject') && (
                  <Button size="small" onClick={() => decide(a.id, 'rejected')}>
                    不合适
                  </Button>
                )}
                {a.can.includes('rate') && (
                  <Button
                    size="small"
                    onClick={() => done(call('jobs', 'rate', { applicationId: a.id, stars: 5 }), '已评价 5 星')}
                  >
                    评价 5 星
                  </Button>
                )}
              </View>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}

/** Minutes between check-in and check-out as the default to confirm (0 when either is missing). */
function workedMinutes(s: { checkedInAt: string | null; checkedOutAt: string | null }) {
  if (!s.checkedInAt || !s.checkedOutAt) return 0
  const t = (x: string) => new Date(`${x.replace(' ', 'T')}:00+08:00`).getTime()
  return Math.max(0, Math.round((t(s.checkedOutAt) - t(s.checkedInAt)) / 60_000))
}
