import { View, Text } from '@tarojs/components'
import { SUGGESTED_SKILLS, type IndustryChain } from '../../../../contract/talent'
import { Chip, ChipGroup } from '../../../components/Chip'
import { splitSkills } from '../format'
import { TextField } from '../../../components/TextField'

/** Skills typed (separated by 、) or picked from the chain's suggestions: both sides use the same words. */
export function SkillsField({
  label,
  value,
  onInput,
  chains,
}: {
  label: string
  value: string
  onInput: (v: string) => void
  chains: IndustryChain[]
}) {
  const chosen = splitSkills(value)
  const suggestions = [...new Set([...chains.flatMap((c) => SUGGESTED_SKILLS[c]), ...SUGGESTED_SKILLS.common])]
  const toggle = (s: string) =>
    onInput((chosen.includes(s) ? chosen.filter((x) => x !== s) : [...chosen, s]).join('、'))
  return (
    <View>
      <TextField label={label} value={value} onChange={onInput} placeholder="用顿号分隔，如 模流分析、模具钢" />
      <Text className="talent-field__label">常用技能（点选）</Text>
      <ChipGroup label={`${label}：常用技能`}>
        {suggestions.map((s) => (
          <Chip key={s} on={chosen.includes(s)} onPress={() => toggle(s)}>
            {s}
          </Chip>
        ))}
      </ChipGroup>
    </View>
  )
}
