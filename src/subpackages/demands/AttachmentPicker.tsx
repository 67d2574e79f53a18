import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AttachmentInput } from '../../../contract/demands'
import { pickAttachments } from '../../platform/upload'
import { Pressable } from '../../components/Pressable'
import { announce } from '../../platform/a11y'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'

/** Add photos or files (uploaded at once); each can be removed before sending. */
export function AttachmentPicker({
  value,
  onChange,
}: {
  value: AttachmentInput[]
  onChange: (v: AttachmentInput[]) => void
}) {
  const add = async (kind: 'image' | 'file') => {
    let added = 0
    try {
      Taro.showLoading({ title: '正在上传', mask: true })
      const more = await pickAttachments(kind)
      const next = [...value, ...more].slice(0, 9)
      added = next.length - value.length
      onChange(next)
    } catch (e) {
      toast((e as Error).message, { duration: 3000 })
    } finally {
      Taro.hideLoading()
    }
    // The new file shows as a button below; screen readers hear it too.
    if (added) announce(`已添加 ${added} 个附件`)
  }
  return (
    <View className="field">
      <View className="row-buttons">
        <Button fill="outline" size="small" onClick={() => add('image')}>
          添加照片
        </Button>
        <Button fill="outline" size="small" onClick={() => add('file')}>
          添加文件
        </Button>
      </View>
      <View className="files">
        {value.map((f, i) => (
          <Pressable
            key={f.fileId}
            className="file"
            label={`移除附件 ${f.name}`}
            onPress={() => {
              onChange(value.filter((_, j) => j !== i))
              toast(`已移除 ${f.name}`)
            }}
          >
            <Text aria-hidden="true">{f.mime.startsWith('image/') ? '🖼 ' : '📎 '}</Text>
            <Text>{f.name}</Text>
            <Text aria-hidden="true"> ✕</Text>
          </Pressable>
        ))}
      </View>
      <Text className="muted">照片和文件每个不超过 10 MB（JPG、PNG、WEBP、PDF、Word、Excel）</Text>
    </View>
  )
}
