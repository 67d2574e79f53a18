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
  onRetry?: () => void
  children?: ReactNode
}

/** The three states every page shows before its content: loading, error (with retry), empty. */
export function PageState({ loading, error, empty, emptyText = '暂无内容', onRetry, children }: Props) {
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
        <EmptyState description={emptyText} />
      </View>
    )
  }
  return <>{children}</>
}
