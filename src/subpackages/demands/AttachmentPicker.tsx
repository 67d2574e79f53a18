import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AttachmentInput } from '../../../contract/demands'
import { pickAttachments } from '../../platform/upload'
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
    try {
      Taro.showLoading({ title: '正在上传', mask: true })
      const more = await pickAttachments(kind)
      onChange([...value, ...more].slice(0, 9))
    } catch (e) {
      Taro.showToast({ title: (e as Error).message, icon: 'none', duration: 3000 })
    } finally {
      Taro.hideLoading()
    }
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
          <View
            key={f.fileId}
            className="file"
            role="button"
            aria-label={`移除附件 ${f.name}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            <Text>
              {f.mime.startsWith('image/') ? '🖼' : '📎'} {f.name} ✕
            </Text>
          </View>
        ))}
      </View>
      <Text className="muted">照片和文件每个不超过 10 MB（JPG、PNG、WEBP、PDF、Word、Excel）</Text>
    </View>
  )
}
