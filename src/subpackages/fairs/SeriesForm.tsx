import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SERIES_WEEKS } from '../../../contract/fairs'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { roleProps } from '../../platform/a11y'
import { addDays, shanghaiDay, weekdayLabel } from '../../services/time'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'

export interface SeriesValues {
  title: string
  place: string
  booths: number
  capacity: number
  weeks: number
  firstDate: string
  start: string
  end: string
  repeat: 'once' | 'weekly'
}

/**
 * A fair's rule: name, place, booths, seekers; when making one also its first date, hours and
 * whether it repeats every week (editing keeps the day and hours). The server checks every value.
 */
export function SeriesForm({
  initial,
  editing,
  submitText,
  onSubmit,
}: {
  initial?: Partial<SeriesValues>
  editing?: boolean
  submitText: string
  onSubmit: (v: SeriesValues) => void
}) {
  const [title, setTitle] = useState(initial?.title ?? '零工市场每周专场招聘会')
  const [place, setPlace] = useState(initial?.place ?? '')
  const [booths, setBooths] = useState(String(initial?.booths ?? 20))
  const [capacity, setCapacity] = useState(String(initial?.capacity ?? 200))
  const [weeks, setWeeks] = useState(String(initial?.weeks ?? SERIES_WEEKS.default))
  const [firstDate, setFirstDate] = useState(initial?.firstDate ?? addDays(shanghaiDay(), 1))
  const [start, setStart] = useState(initial?.start ?? '14:00')
  const [end, setEnd] = useState(initial?.end ?? '17:00')
  const [repeat, setRepeat] = useState<'once' | 'weekly'>(initial?.repeat ?? 'weekly')
  return (
    <View className="card">
      <Field label="名称">
        <Input name="title" value={title} onChange={setTitle} maxLength={40} />
      </Field>
      <Field label="地点">
        <Input name="place" value={place} onChange={setPlace} maxLength={80} placeholder="如 1860青年公社一楼" />
      </Field>
      {!editing && (
        <>
          <ChipGroup label="举办方式" kind="radiogroup">
            <Chip role="radio" on={repeat === 'weekly'} onPress={() => setRepeat('weekly')}>
              每周一次
            </Chip>
            <Chip role="radio" on={repeat === 'once'} onPress={() => setRepeat('once')}>
              只办一次
            </Chip>
          </ChipGroup>
          <Field label={repeat === 'weekly' ? '首场日期（之后每周同一天）' : '日期'}>
            <View className="row fairs-actions">
              <Picker
                mode="date"
                value={firstDate}
                start={shanghaiDay()}
                onChange={(e) => setFirstDate(e.detail.value)}
              >
                <View className="chip chip--on" {...roleProps('button')} aria-label={`日期 ${firstDate}`}>
                  {firstDate} {weekdayLabel(firstDate)}
                </View>
              </Picker>
              <Picker mode="time" value={start} onChange={(e) => setStart(e.detail.value)}>
                <View className="chip" {...roleProps('button')}>
                  {start} 开始
                </View>
              </Picker>
              <Picker mode="time" value={end} onChange={(e) => setEnd(e.detail.value)}>
                <View className="chip" {...roleProps('button')}>
                  {end} 结束
                </View>
              </Picker>
            </View>
          </Field>
        </>
      )}
      <View className="row fairs-actions">
        <View className="grow">
          <Field label="展位数">
            <Input name="booths" type="number" value={booths} onChange={setBooths} maxLength={3} />
          </Field>
        </View>
        <View className="grow">
          <Field label="求职者名额">
            <Input name="capacity" type="number" value={capacity} onChange={setCapacity} maxLength={5} />
          </Field>
        </View>
      </View>
      {(editing ? initial?.repeat === 'weekly' : repeat === 'weekly') && (
        <Field label={`提前排期（周，${SERIES_WEEKS.min}–${SERIES_WEEKS.max}）`}>
          <Input name="weeks" type="number" value={weeks} onChange={setWeeks} maxLength={2} />
        </Field>
      )}
      <Text className="muted fairs-line">每周的招聘会按排期自动生成，可单独取消某一场。</Text>
      <Button
        type="primary"
        block
        onClick={() =>
          onSubmit({
            title,
            place,
            booths: Number(booths) || 0,
            capacity: Number(capacity) || 0,
            weeks: Number(weeks) || 0,
            firstDate,
            start,
            end,
            repeat,
          })
        }
      >
        {submitText}
      </Button>
    </View>
  )
}
