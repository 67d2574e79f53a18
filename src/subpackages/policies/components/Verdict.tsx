import { Text } from '@tarojs/components'
import { VERDICTS, type Eligibility } from '../../../../contract/policies'

/** 符合 / 可能符合 / 不符合, as a coloured badge with its meaning in words. */
export function Verdict({ e }: { e: Eligibility | null }) {
  if (!e) return null
  return <Text className={`pol-verdict pol-verdict--${e.verdict}`}>{VERDICTS[e.verdict]}</Text>
}
