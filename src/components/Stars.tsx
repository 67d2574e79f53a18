import { Text } from '@tarojs/components'
import { Chip, ChipGroup } from './Chip'
import './Stars.css'

interface Props {
  /** The group's name for screen readers (给中榜方打分, 评分…). */
  label: string
  /** 1–5. */
  value: number
  onChange: (value: number) => void
  /** Each star's name after its number: 4 分 (default) or 4 星. */
  unit?: string
}

/** A 1–5 score as five stars, each a radio button (<Chip>: 44 px, Enter/Space, its state announced). */
export function Stars({ label, value, onChange, unit = '分' }: Props) {
  return (
    <ChipGroup label={label} kind="radiogroup" className="star-rating">
      {[1, 2, 3, 4, 5].map((n) => (
        <Chip key={n} role="radio" on={value === n} label={`${n} ${unit}`} onPress={() => onChange(n)}>
          <Text className={n <= value ? 'star-rating__on' : ''} aria-hidden>
            ★
          </Text>
        </Chip>
      ))}
    </ChipGroup>
  )
}
