import { View, Text, Image, Textarea } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { FACILITIES, REPORT_KINDS, WEEKDAYS, type ReportKind } from '../../../contract/stations-labels'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { Stars } from '../../components/Stars'
import { fieldProps, focusProps, imageProps } from '../../platform/a11y'
import { useAction } from '../../hooks/useAction'
import { openInMapApp } from '../../platform/navigate'
import { shareLink } from '../../platform/share'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { shanghaiWeekday, timeOrDate } from '../../services/time'
import './stations.css'
import { toast } from '../../services/toast'
import './contract'

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0]

export default function StationDetailPage() {
  const { params } = useRouter()
  const station = useAction('stations', 'detail', params.code ? { code: params.code } : { id: Number(params.id) })
  const d = station.data
  const [stars, setStars] = useState(0)
  const [comment, setComment] = useState('')
  const [reportKind, setReportKind] = useState<ReportKind>()
  const [reportText, setReportText] = useState('')

  // The stars start at the user's own rating.
  const myRating = d?.myRating
  useEffect(() => setStars(myRating ?? 0), [myRating])
  useShareAppMessage(() => ({
    title: d ? `${d.name} · 链社服务站点` : '链社服务站点',
    path: `/subpackages/stations/detail?id=${params.id}`,
  }))

  const rate = async () => {
    if (!d || !stars) return
    const r = await call('stations', 'rate', { stationId: d.id, stars, text: comment }, { loading: '正在提交' }).catch(
      () => null,
    )
    if (r) {
      station.set({ ...d, rating: r.rating, ratingCount: r.ratingCount, myRating: stars })
      toast('感谢评价', { icon: 'success' })
    }
  }
  const report = async () => {
    if (!d || !reportKind) return
    const r = await call(
      'stations',
      'report',
      { stationId: d.id, kind: reportKind, text: reportText },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) {
      setReportKind(undefined)
      setReportText('')
      toast('已反馈给社区工作人员')
    }
  }
  const share = () => d && shareLink(`/subpackages/stations/detail?id=${d.id}`)

  const today = shanghaiWeekday()
  return (
    <Screen className="station-detail">
      <PageState loading={station.loading && !d} error={station.error} onRetry={station.reload}>
        {d && (
          <>
            <View className="card detail__section">
              <Text className="station-card__name">{d.name}</Text>
              <View className="row station-card__meta">
                <Text className="station-tag">{d.tierLabel}</Text>
                {d.open24h && <Text className="station-tag station-tag--24h">24h</Text>}
                <Text className={`station-open ${d.openNow ? 'station-open--yes' : 'station-open--no'}`}>
                  {d.openNow ? '营业中' : '已关闭'}
                </Text>
                {d.rating !== null && (
                  <Text className="muted">
                    {d.rating} 分（{d.ratingCount} 人评价）
                  </Text>
                )}
                {d.retired && <Text className="station-open station-open--closed">已撤销</Text>}
              </View>
              <Text className="muted">
                {d.communityName}
                {d.operator ? ` · ${d.operator}运营` : ''}
              </Text>
              <Text className="muted detail__live-line">{d.address}</Text>
            </View>

            {(d.live.closedUntil || d.live.note || d.live.charging) && (
              <View className="detail__live" role="status">
                {d.live.closedUntil && (
                  <Text className="detail__live-line">
                    临时闭站至 {timeOrDate(d.live.closedUntil)}：{d.live.closedReason}
                  </Text>
                )}
                {d.live.charging && (
                  <Text className="detail__live-line">充电位{d.live.charging === 'full' ? '已满' : '有空'}</Text>
                )}
                {d.live.note && <Text className="detail__live-line">{d.live.note}</Text>}
              </View>
            )}

            <View className="detail__actions">
              <Button type="primary" onClick={() => openInMapApp(d)}>
                导航
              </Button>
              <Button
                fill="outline"
                disabled={!d.phone}
                why="该站点未登记电话"
                onClick={() => Taro.makePhoneCall({ phoneNumber: d.phone })}
              >
                {d.phone ? '电话' : '无电话'}
              </Button>
              <Button fill="outline" openType="share" onClick={share}>
                分享
              </Button>
              {d.canteenId && (
                <Button
                  type="primary"
                  fill="outline"
                  onClick={() => Taro.navigateTo({ url: `/subpackages/canteen/book?id=${d.canteenId}` })}
                >
                  预约用餐
                </Button>
              )}
            </View>

            <View className="card detail__section">
              <Text className="detail__title">营业时间</Text>
              {d.open24h ? (
                <Text>24 小时开放</Text>
              ) : (
                <View className="detail__hours" role="table" aria-label="营业时间">
                  {WEEK_ORDER.map((w) => {
                    const spans = d.hours.filter((h) => h.weekday === w)
                    const text = spans.length
                      ? spans.map((h) => `${h.opens}–${h.closes <= h.opens ? '次日' : ''}${h.closes}`).join('、')
                      : '休息'
                    const cls = w === today ? 'detail__today' : ''
                    return (
                      <View key={w} className="detail__hours-row" role="row">
                        <View className={`detail__day ${cls}`} role="rowheader">
                          {WEEKDAYS[w]}
                        </View>
                        <View className={cls} role="cell">
                          {text}
                        </View>
                      </View>
                    )
                  })}
                </View>
              )}
              {d.afterHoursEntry && <Text className="muted detail__note">夜间进入：{d.afterHoursEntry}</Text>}
            </View>

            <View className="card detail__section">
              <Text className="detail__title">设施</Text>
              <View className="station-card__facilities">
                {d.facilities.map((f) => (
                  <Text key={f} className="facility">
                    {FACILITIES[f]}
                  </Text>
                ))}
              </View>
              {d.riderOffers && (
                <>
                  <Text className="detail__title detail__subtitle">骑手优惠</Text>
                  <Text>{d.riderOffers}</Text>
                </>
              )}
            </View>

            {d.photos.length > 0 && (
              <View className="card detail__section row detail__photos" {...focusProps()} aria-label="站点照片">
                {d.photos.map((p, i) => (
                  <Image
                    key={p}
                    className="detail__photo"
                    src={p}
                    mode="aspectFill"
                    {...imageProps(`${d.name} 照片 ${i + 1}`)}
                  />
                ))}
              </View>
            )}

            <View className="card detail__section">
              <Text className="detail__title">评价这次到访</Text>
              <Stars label="评分" unit="星" value={stars} onChange={setStars} />
              <Textarea
                className="ls-textarea"
                maxlength={200}
                placeholder="说说体验（选填）"
                value={comment}
                onInput={(e) => setComment(e.detail.value)}
                {...fieldProps('说说体验（选填）')}
              />
              <Button block type="primary" disabled={!stars} why="先点星星打分" onClick={rate}>
                提交评价
              </Button>
            </View>

            <View className="card detail__section">
              <Text className="detail__title">反馈问题</Text>
              <ChipGroup label="问题类型" kind="radiogroup">
                {(Object.keys(REPORT_KINDS) as ReportKind[]).map((k) => (
                  <Chip key={k} role="radio" on={reportKind === k} onPress={() => setReportKind(k)}>
                    {REPORT_KINDS[k]}
                  </Chip>
                ))}
              </ChipGroup>
              <Textarea
                className="ls-textarea"
                maxlength={300}
                placeholder="补充说明（选填）"
                value={reportText}
                onInput={(e) => setReportText(e.detail.value)}
                {...fieldProps('补充说明（选填）')}
              />
              <Button block fill="outline" disabled={!reportKind} why="先选择问题类型" onClick={report}>
                提交反馈
              </Button>
            </View>

            <View className="card detail__section detail__code">
              <Image className="detail__qr" src={d.qr} {...imageProps(`站点码 ${d.code}`)} />
              <Text className="muted">站点码 {d.code} · 可打印张贴在门口</Text>
            </View>

            {d.canManage && (
              <Button
                block
                type="primary"
                onClick={() => Taro.navigateTo({ url: `/subpackages/stations/manage?id=${d.id}` })}
              >
                管理站点（状态、营业时间、反馈）
              </Button>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
