import { View, Text } from '@tarojs/components'
import type { OutputOf } from '../../../../contract'

/** What became of each role asked for: held now, or waiting for a social worker. */
export function Outcomes({ outcomes }: { outcomes: OutputOf<'user', 'onboard'>['outcomes'] }) {
  return (
    <View role="list" aria-label="身份办理结果">
      {outcomes.map((o) => (
        <View key={o.role} role="listitem" className="outcome">
          <Text className={o.status === 'granted' ? 'account-ok' : 'account-warn'}>
            {o.label}：{o.status === 'granted' ? '已开通' : '审核中'}
          </Text>
          <Text className="muted" style={{ display: 'block' }}>
            {o.note}
          </Text>
        </View>
      ))}
    </View>
  )
}
