import { Text } from '@tarojs/components'
import { Chip, ChipGroup } from '../../../components/Chip'

/** A 1–5 score as five stars, each a radio button (<Chip>: 44 px, Enter/Space, its state announced). */
export function Stars({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  return (
    <ChipGroup label={label} kind="radiogroup" className="talent-stars">
      {[1, 2, 3, 4, 5].map((n) => (
        <Chip key={n} role="radio" on={value === n} label={`${n} 分`} onPress={() => onChange(n)}>
          <Text className={n <= value ? 'talent-star--on' : ''} aria-hidden>
            ★
          </Text>
        </Chip>
      ))}
    </ChipGroup>
  )
}
