import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { InboxItem } from '../../../contract/notifications'
import { NOTIFY_CATEGORIES, type NotifyCategory } from '../../../contract/notify-categories'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { passwordSignIn } from '../../platform/transport'
import { call, type CallError } from '../../services/call'
import { fromNow } from '../../services/time'
import { getSessionToken } from '../../services/session'
import { showUnreadBadge } from '../../services/unread'
import { Button } from '../../ui/Button'
import './index.css'

const CATEGORIES = Object.keys(NOTIFY_CATEGORIES) as NotifyCategory[]

/** 消息: one's inbox, newest first; tap opens the page it is about; push settings at the bottom. */
export default function Inbox() {
  // null: signed out on H5. Loaded again each time the tab shows.
  const box = useData(async () => {
    if (passwordSignIn && !getSessionToken()) return null
    const [inbox, settings] = await Promise.all([
      call('notifications', 'inbox', {}, { loading: false, toast: false }),
      call('notifications', 'settings', {}, { loading: false, toast: false }),
    ])
    showUnreadBadge(inbox.unread)
    return { items: inbox.items, more: inbox.more, unread: inbox.unread, muted: settings.muted }
  }, [])
  usePullDownRefresh(() => void box.reload().finally(() => Taro.stopPullDownRefresh()))
  const items = box.data?.items
  const unread = box.data?.unread ?? 0
  const more = box.data?.more ?? false
  const muted = box.data?.muted ?? []
  const update = (change: Partial<NonNullable<typeof box.data>>) => box.set((old) => old && { ...old, ...change })

  const loadMore = async () => {
    if (!items?.length) return
    const page = await call(
      'notifications',
      'inbox',
      { before: items[items.length - 1].id },
      { loading: '加载中' },
    ).catch(() => null)
    if (page) update({ items: [...items, ...page.items], more: page.more })
  }
  const markRead = async (input: { ids: number[] } | { all: true }) => {
    const r = await call('notifications', 'markRead', input, { loading: false }).catch(() => null)
    if (!r || !items) return
    update({
      items: items.map((i) => ('all' in input || input.ids.includes(i.id) ? { ...i, read: true } : i)),
      unread: r.unread,
    })
    showUnreadBadge(r.unread)
  }
  const open = (item: InboxItem) => {
    if (!item.read) void markRead({ ids: [item.id] })
    if (item.page) void Taro.navigateTo({ url: item.page }).catch(() => Taro.switchTab({ url: item.page }))
  }
  const toggleMute = async (c: NotifyCategory) => {
    const next = muted.includes(c) ? muted.filter((m) => m !== c) : [...muted, c]
    const r = await call('notifications', 'setMuted', { muted: next }, { loading: false }).catch(() => null)
    if (r) update({ muted: r.muted })
  }

  if (box.data === null) {
    return (
      <Screen className="inbox">
        <PageState
          loading={false}
          error={{ code: 'UNAUTHENTICATED', message: '登录后查看消息', name: '' } as CallError}
        />
      </Screen>
    )
  }
  return (
    <Screen className="inbox">
      <PageState loading={box.loading && !box.data} error={box.error} onRetry={box.reload}>
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
            <View key={i.id} role="listitem" aria-label={i.title}>
              <Pressable className={`card inbox__item ${i.read ? '' : 'inbox__item--unread'}`} onPress={() => open(i)}>
                <View className="row inbox__head-row">
                  {!i.read && <View className="inbox__dot" aria-hidden="true" />}
                  {!i.read && <Text className="ls-sr-only">未读：</Text>}
                  <Text className="grow inbox__title">{i.title}</Text>
                  <Text className="muted">{fromNow(i.createdAt)}</Text>
                </View>
                <Text className="inbox__body">{i.body}</Text>
                <Text className="muted">{NOTIFY_CATEGORIES[i.category]}</Text>
              </Pressable>
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
          <Text className="muted inbox__hint">关闭的类别不再推送到微信，仍会出现在这里</Text>
          <ChipGroup label="微信提醒类别">
            {CATEGORIES.map((c) => (
              <Chip key={c} on={!muted.includes(c)} onPress={() => toggleMute(c)}>
                {NOTIFY_CATEGORIES[c]}
              </Chip>
            ))}
          </ChipGroup>
        </View>
      </PageState>
    </Screen>
  )
}
