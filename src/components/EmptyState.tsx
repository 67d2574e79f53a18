import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import empty from '../assets/empty/empty.png'
import error from '../assets/empty/error.png'
import signin from '../assets/empty/signin.png'
import { Picture } from './Picture'
import './EmptyState.css'

// Pictures ship with the app (NutUI's Empty loads its pictures from an outside image host:
// broken offline, refused on weapp for an unlisted domain).
const PICTURES = { empty, error, signin }

interface Props {
  kind?: keyof typeof PICTURES
  title?: string
  description?: string
  /** Buttons under the text (重试, 去登录…). */
  children?: ReactNode
}

/** Nothing to show yet, an error, or sign-in needed: a picture (decorative), what happened, what to do. */
export function EmptyState({ kind = 'empty', title, description, children }: Props) {
  return (
    <View className="empty-state">
      <Picture className="empty-state__picture" src={PICTURES[kind]} alt="" />
      {title && <Text className="empty-state__title">{title}</Text>}
      {description && <Text className="empty-state__description">{description}</Text>}
      {children}
    </View>
  )
}
