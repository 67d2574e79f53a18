import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Attachment } from '../../../contract/demands'
import { Pressable } from '../../components/Pressable'
import { imageProps } from '../../platform/a11y'
import { attachmentSrc, openAttachment } from '../../platform/upload'
import { toast } from '../../services/toast'

const open = (a: Attachment) => openAttachment(a).catch((e: Error) => toast(e.message))

function Photo({ a }: { a: Attachment }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void attachmentSrc(a).then((s) => live && setSrc(s))
    return () => {
      live = false
    }
  }, [a])
  return src ? (
    <Pressable label={`查看图片 ${a.name}`} onPress={() => open(a)}>
      <Image className="thumb" src={src} mode="aspectFill" {...imageProps('')} />
    </Pressable>
  ) : (
    <View className="thumb" {...imageProps(`图片 ${a.name} 加载中`)} />
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
          <Pressable key={a.id} className="file" label={`打开附件 ${a.name}`} onPress={() => open(a)}>
            <Text aria-hidden="true">📎 </Text>
            <Text>{a.name}</Text>
          </Pressable>
        ),
      )}
    </View>
  )
}
