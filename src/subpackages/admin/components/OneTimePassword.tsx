import { View, Text } from '@tarojs/components'

/** A one-time password, shown once, with what to do with it. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <View className="card admin-otp" role="status" aria-label="一次性密码">
      <Text className="section-title">账号 {username} 的一次性密码</Text>
      <Text className="admin-otp__value" selectable aria-label={`一次性密码 ${password}`}>
        {password}
      </Text>
      <Text className="muted">只显示这一次。请当面或电话告知本人；本人首次登录后必须修改密码。</Text>
    </View>
  )
}
