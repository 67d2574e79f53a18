import { Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { THRESHOLD_KINDS } from '../../../contract/sharing'
import { Choice, optionsOf } from '../../components/Choice'
import { EmptyState } from '../../components/EmptyState'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { addDays, dayText, shanghaiDay } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { hasProblems, needText, priceE4, problems, wholeNumber, type Problems } from './form'
import './sharing.css'
import './contract'

type Key = 'title' | 'supplier' | 'price' | 'gridPrice' | 'threshold' | 'joinCloses'
type Threshold = keyof typeof THRESHOLD_KINDS

/** 社工 (or admin): open a 绿电享 buying round — supplier and price, the grid price, the start threshold, the join window. */
export default function NewRound() {
  const communityId = Number(useRouter().params.communityId) || undefined
  const data = useAction('sharing', 'rounds', communityId ? { communityId } : {}, [communityId])
  const d = data.data
  const today = shanghaiDay()
  const [f, setF] = useState({ title: '', supplier: '', price: '', gridPrice: '', threshold: '' })
  const [kind, setKind] = useState<Threshold>('enterprises')
  const [opens, setOpens] = useState(today)
  const [closes, setCloses] = useState(addDays(today, 14))
  const [errors, setErrors] = useState<Problems<Key>>({})
  const set = (k: keyof typeof f) => (v: string) => {
    setF((x) => ({ ...x, [k]: v }))
    setErrors((e) => ({ ...e, [k]: undefined }))
  }
  const price = priceE4(f.price)
  const grid = priceE4(f.gridPrice)
  const discount = price > 0 && grid > price ? Math.round(((grid - price) / grid) * 1000) / 10 : null

  const save = async () => {
    if (!d?.communityId) return
    const threshold = wholeNumber(f.threshold)
    const found = problems<Key>([
      ['title', needText(f.title, 2, '请填写本轮名称（至少 2 个字）')],
      ['supplier', needText(f.supplier, 2, '请填写售电公司')],
      ['price', !f.price.trim() ? '请填写团购电价' : !(price > 0) && '团购电价应为大于 0 的金额，最多 4 位小数'],
      ['gridPrice', !f.gridPrice.trim() ? '请填写对比电价' : !(grid > 0) && '对比电价应为大于 0 的金额，最多 4 位小数'],
      ['price', price > 0 && grid > 0 && price >= grid && '团购电价应低于对比的电网电价'],
      ['threshold', !(threshold >= 1) && '开团门槛应为大于 0 的整数'],
      ['joinCloses', closes < opens && '报名截止日期不能早于开始日期'],
    ])
    setErrors(found)
    if (hasProblems(found)) return toast('请按提示修改后再提交')
    const r = await call(
      'sharing',
      'createRound',
      {
        communityId: d.communityId,
        title: f.title.trim(),
        supplier: f.supplier.trim(),
        priceE4: price,
        gridPriceE4: grid,
        thresholdKind: kind,
        threshold,
        joinOpens: opens,
        joinCloses: closes,
      },
      { loading: '正在开团' },
    ).catch(() => null)
    if (!r) return
    toast('已开新一轮，企业可以报名了')
    void Taro.redirectTo({ url: `/subpackages/sharing/round?id=${r.id}` })
  }

  return (
    <Screen className="sharing">
      <PageState loading={data.loading && !d} error={data.error} onRetry={data.reload}>
        {d && !d.canCreate ? (
          <EmptyState title="只有本社区的社工可以开团" description="企业可在绿电享里报名参团">
            <Button
              type="primary"
              fill="outline"
              block
              onClick={() => Taro.redirectTo({ url: '/subpackages/sharing/round' })}
            >
              查看绿电享
            </Button>
          </EmptyState>
        ) : (
          d && (
            <View className="card">
              <Text className="section-title">开新一轮组团购电</Text>
              <TextField
                label="本轮名称"
                required
                name="title"
                maxLength={60}
                value={f.title}
                onChange={set('title')}
                placeholder="如 2027 年一季度光伏组团购电"
                error={errors.title}
              />
              <TextField
                label="售电公司"
                required
                name="supplier"
                maxLength={60}
                value={f.supplier}
                onChange={set('supplier')}
                error={errors.supplier}
              />
              <TextField
                label="团购电价（元/千瓦时）"
                required
                type="digit"
                maxLength={8}
                value={f.price}
                onChange={set('price')}
                placeholder="如 0.5202"
                error={errors.price}
              />
              <TextField
                label="对比的电网电价（元/千瓦时）"
                required
                type="digit"
                maxLength={8}
                value={f.gridPrice}
                onChange={set('gridPrice')}
                placeholder="如 0.6000"
                error={errors.gridPrice}
              />
              {discount !== null && (
                <Text className="muted" aria-live="polite">
                  电价低 {discount}%
                </Text>
              )}
              <Choice
                label="开团门槛按"
                required
                options={optionsOf(THRESHOLD_KINDS)}
                value={kind}
                onChange={setKind}
              />
              <TextField
                label={kind === 'enterprises' ? '开团门槛（家企业）' : '开团门槛（月用电量合计，千瓦时）'}
                required
                type="number"
                maxLength={10}
                value={f.threshold}
                onChange={set('threshold')}
                error={errors.threshold}
              />
              <Field label="报名开始日期" required>
                <View>
                  <Picker mode="date" value={opens} start={today} onChange={(e) => setOpens(e.detail.value)}>
                    <View className="chip chip--on" role="button" aria-label={`报名开始日期 ${dayText(opens)}`}>
                      {dayText(opens)}
                    </View>
                  </Picker>
                </View>
              </Field>
              <Field label="报名截止日期" required error={errors.joinCloses}>
                <View>
                  <Picker
                    mode="date"
                    value={closes}
                    start={opens}
                    onChange={(e) => {
                      setCloses(e.detail.value)
                      setErrors((x) => ({ ...x, joinCloses: undefined }))
                    }}
                  >
                    <View className="chip chip--on" role="button" aria-label={`报名截止日期 ${dayText(closes)}`}>
                      {dayText(closes)}
                    </View>
                  </Picker>
                </View>
              </Field>
              <Button type="primary" block onClick={save}>
                开团并开始报名
              </Button>
            </View>
          )
        )}
      </PageState>
    </Screen>
  )
}
