import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { NOTIFY_CATEGORIES, type InboxItem, type NotifyCategory } from '../../../contract/notifications'
import { PageState } from '../../components/PageState'
import { passwordSignIn } from '../../platform/transport'
import { call, type CallError } from '../../services/call'
import { fromNow } from '../../services/time'
import { getSessionToken } from '../../services/session'
import { showUnreadBadge } from '../../services/unread'
import { Button } from '../../ui/nutui'
import './index.css'

const CATEGORIES = Object.keys(NOTIFY_CATEGORIES) as NotifyCategory[]

/** 消息: one's inbox, newest first; tap opens the page it is about; push settings at the bottom. */
export default function Inbox() {
  const [items, setItems] = useState<InboxItem[]>()
  const [unread, setUnread] = useState(0)
  const [more, setMore] = useState(false)
  const [muted, setMuted] = useState<NotifyCategory[]>([])
  const [error, setError] = useState<CallError>()
  const [signedOut, setSignedOut] = useState(false)

  const load = async () => {
    setError(undefined)
    if (passwordSignIn && !getSessionToken()) return setSignedOut(true)
    setSignedOut(false)
    try {
      const [box, settings] = await Promise.all([
        call('notifications', 'inbox', {}, { loading: false, toast: false }),
        call('notifications', 'settings', {}, { loading: false, toast: false }),
      ])
      setItems(box.items)
      setMore(box.more)
      setUnread(box.unread)
      setMuted(settings.muted)
      showUnreadBadge(box.unread)
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const loadMore = async () => {
    if (!items?.length) return
    const box = await call(
      'notifications',
      'inbox',
      { before: items[items.length - 1].id },
      { loading: '加载中' },
    ).catch(() => null)
    if (box) {
      setItems([...items, ...box.items])
      setMore(box.more)
    }
  }
  const markRead = async (input: { ids: number[] } | { all: true }) => {
    const r = await call('notifications', 'markRead', input, { loading: false }).catch(() => null)
    if (!r || !items) return
    setItems(items.map((i) => ('all' in input || input.ids.includes(i.id) ? { ...i, read: true } : i)))
    setUnread(r.unread)
    showUnreadBadge(r.unread)
  }
  const open = (item: InboxItem) => {
    if (!item.read) void markRead({ ids: [item.id] })
    if (item.page) void Taro.navigateTo({ url: item.page }).catch(() => Taro.switchTab({ url: item.page }))
  }
  const toggleMute = async (c: NotifyCategory) => {
    const next = muted.includes(c) ? muted.filter((m) => m !== c) : [...muted, c]
    const r = await call('notifications', 'setMuted', { muted: next }, { loading: false }).catch(() => null)
    if (r) setMuted(r.muted)
  }

  if (signedOut) {
    return (
      <View className="page inbox">
        <PageState
          loading={false}
          error={{ code: 'UNAUTHENTICATED', message: '登录后查看消息', name: '' } as CallError}
        />
      </View>
    )
  }
  return (
    <View className="page inbox">
      <PageState loading={!items && !error} error={error} onRetry={load}>
        <View className="row inbox__head">
          <Text className="grow">{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
          {unread > 0 && (
            <Button size="small" fill="outline" onClick={() => markRead({ all: true })}>
              全部已读
            </Button>
          )}
        </View>
        {items?.length === 0 && (
          <Text className="muted inbox__empty">暂无消息。预约、报名和办理进度会在这里通知你。</Text>
        )}
        <View role="list" aria-label="消息列表">
          {items?.map((i) => (
            <View
              key={i.id}
              role="listitem"
              aria-label={i.title}
              className={`card inbox__item ${i.read ? '' : 'inbox__item--unread'}`}
              onClick={() => open(i)}
            >
              <View className="row">
                {!i.read && <View className="inbox__dot" aria-label="未读" />}
                <Text className="grow inbox__title">{i.title}</Text>
                <Text className="muted">{fromNow(i.createdAt)}</Text>
              </View>
              <Text className="inbox__body">{i.body}</Text>
              <Text className="muted">{NOTIFY_CATEGORIES[i.category]}</Text>
            </View>
          ))}
        </View>
        {more && (
          <Button block fill="outline" onClick={loadMore}>
            更早的消息
          </Button>
        )}
        <View className="card inbox__settings">
          <Text className="section-title">微信提醒</Text>
          <Text className="muted" style={{ display: 'block', marginBottom: '8px' }}>
            关闭的类别不再推送到微信，仍会出现在这里
          </Text>
          <View className="row inbox__chips" role="group" aria-label="微信提醒类别">
            {CATEGORIES.map((c) => (
              <View
                key={c}
                role="checkbox"
                aria-checked={!muted.includes(c)}
                className={`chip ${muted.includes(c) ? '' : 'chip--on'}`}
                onClick={() => toggleMute(c)}
              >
                {NOTIFY_CATEGORIES[c]}
              </View>
            ))}
          </View>
        </View>
      </PageState>
    </View>
  )
}
