import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { CallError } from '../services/call'
import { Button } from '../ui/Button'
import { EmptyState } from './EmptyState'
import './PageState.css'

interface Props {
  loading: boolean
  error?: CallError
  empty?: boolean
  emptyText?: string
  /** What to do next from an empty list (去预约座位, 清除筛选…): an empty state always offers one. */
  emptyAction?: { label: string; onPress: () => void }
  onRetry?: () => void
  children?: ReactNode
}

/** The three states every page shows before its content: loading, error (with retry), empty. */
export function PageState({ loading, error, empty, emptyText = '暂无内容', emptyAction, onRetry, children }: Props) {
  if (loading) {
    return (
      <View className="page-state" aria-busy="true">
        <View className="page-state__spinner" aria-hidden="true" />
        <Text className="muted">加载中…</Text>
      </View>
    )
  }
  if (error) {
    const needsSignIn = error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED'
    // data-error-code: what the page answered, for tests and the accessibility audit.
    return (
      <View className="page-state" role="alert" data-error-code={error.code}>
        <EmptyState
          kind={needsSignIn ? 'signin' : 'error'}
          title={error.message}
          description={needsSignIn ? '登录后即可使用' : '请稍后重试'}
        >
          {needsSignIn ? (
            <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}>
              去登录
            </Button>
          ) : (
            onRetry && (
              <Button type="primary" fill="outline" block onClick={onRetry}>
                重试
              </Button>
            )
          )}
        </EmptyState>
      </View>
    )
  }
  if (empty) {
    return (
      <View className="page-state">
        <EmptyState description={emptyText}>
          {emptyAction && (
            <Button type="primary" fill="outline" block onClick={emptyAction.onPress}>
              {emptyAction.label}
            </Button>
          )}
        </EmptyState>
      </View>
    )
  }
  return <>{children}</>
}
