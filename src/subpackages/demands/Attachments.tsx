import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Attachment } from '../../../contract/demands'
import { attachmentSrc, openAttachment } from '../../platform/upload'

function Photo({ a }: { a: Attachment }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void attachmentSrc(a).then((s) => live && setSrc(s))
    return () => {
      live = false
    }
  }, [a])
  const open = () => openAttachment(a).catch((e: Error) => Taro.showToast({ title: e.message, icon: 'none' }))
  return src ? (
    <View role="button" aria-label={`查看图片 ${a.name}`} onClick={open}>
      <Image className="thumb" src={src} mode="aspectFill" />
    </View>
  ) : (
    <View className="thumb" role="img" aria-label={`图片 ${a.name} 加载中`} />
  )
}

/** Photos as thumbnails, files as named buttons; each opens only for those who may see the demand. */
export function Attachments({ items }: { items: Attachment[] }) {
  if (items.length === 0) return null
  return (
    <View className="files">
      {items.map((a) =>
        a.image ? (
          <Photo key={a.id} a={a} />
        ) : (
          <View
            key={a.id}
            className="file"
            role="button"
            aria-label={`打开附件 ${a.name}`}
            onClick={() => openAttachment(a).catch((e: Error) => Taro.showToast({ title: e.message, icon: 'none' }))}
          >
            <Text>📎 {a.name}</Text>
          </View>
        ),
      )}
    </View>
  )
}
