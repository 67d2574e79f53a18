import { Chip, ChipGroup } from './Chip'
import { Field } from './Field'

/** A choice's options: [value, words] pairs, in order. */
export type Options<T> = readonly (readonly [T, string])[]

/** A record of words by key (TAKE_STATUS, INDUSTRY_CHAINS…) as options, in its order. */
export const optionsOf = <K extends string>(words: Record<K, string>): Options<K> =>
  Object.entries(words) as [K, string][]

/**
 * A labelled choice among a few, as chips: one (a radio group; `null` may stand for 全部 or
 * 未划分) or, given an array as `value`, several (checkboxes). Chips are 44 px targets, their
 * state announced.
 */
export function Choice<T extends string | number | null>({
  label,
  options,
  value,
  onChange,
  required,
  error,
}: {
  label: string
  options: Options<T>
  value: T | readonly T[]
  onChange: (value: T) => void
  /** Marked 必填 beside the label. */
  required?: boolean
  /** The problem with the choice, in Chinese, shown under the chips. */
  error?: string
}) {
  const multi = Array.isArray(value)
  const on = (v: T) => (multi ? (value as readonly T[]).includes(v) : value === v)
  return (
    <Field label={label} required={required} error={error}>
      <ChipGroup label={required ? `${label}（必填）` : label} kind={multi ? 'group' : 'radiogroup'}>
        {options.map(([v, words]) => (
          <Chip key={String(v)} role={multi ? 'checkbox' : 'radio'} on={on(v)} onPress={() => onChange(v)}>
            {words}
          </Chip>
        ))}
      </ChipGroup>
    </Field>
  )
}
