import { View, Text } from '@tarojs/components'

/** Why something was recommended, in words, one per line. */
export function Reasons({ reasons }: { reasons: string[] }) {
  if (!reasons.length) return null
  return (
    <View className="talent-reasons" aria-label="推荐理由">
      <Text className="talent-reasons__title">推荐理由</Text>
      {reasons.map((r) => (
        <Text key={r} className="talent-reasons__item">
          · {r}
        </Text>
      ))}
    </View>
  )
}
