import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { WISH_CATEGORIES, type AttachmentInput, type WishCategory } from '../../../contract/demands'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import './demands.css'
import { Screen } from '../../components/Screen'

/** 微心愿 (职工所盼): commuting, schooling, medical, leisure — with photos. */
export default function PostWish() {
  const communityId = Number(useRouter().params.communityId) || undefined
  const [category, setCategory] = useState<WishCategory>('commute')
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [photos, setPhotos] = useState<AttachmentInput[]>([])
  const submit = async () => {
    const w = await call(
      'demands',
      'postWish',
      { ...(communityId ? { communityId } : {}), category, title, description, photos },
      { loading: '正在发布' },
    ).catch(() => null)
    if (w) {
      Taro.showToast({ title: '已发布，社工会帮你对接', icon: 'none' })
      Taro.redirectTo({ url: `/subpackages/demands/lists?tab=wishes&communityId=${communityId ?? ''}` })
    }
  }
  return (
    <Screen className="demands">
      <View className="card">
        <View className="field">
          <Text className="field__label">心愿类别</Text>
          <View className="chips" role="radiogroup" aria-label="心愿类别">
            {(Object.keys(WISH_CATEGORIES) as WishCategory[]).map((c) => (
              <View
                key={c}
                role="radio"
                aria-checked={category === c}
                className={`chip ${category === c ? 'chip--on' : ''}`}
                onClick={() => setCategory(c)}
              >
                {WISH_CATEGORIES[c]}
              </View>
            ))}
          </View>
        </View>
        <View className="field">
          <Text className="field__label">我的心愿</Text>
          <Input
            name="title"
            aria-label="心愿"
            placeholder="比如：下班通勤希望多一个共享单车点"
            value={title}
            onChange={setTitle}
            maxLength={40}
          />
        </View>
        <View className="field">
          <Text className="field__label">说明（选填）</Text>
          <Textarea
            className="textarea"
            aria-label="说明"
            value={description}
            maxlength={500}
            onInput={(e) => setDescription(e.detail.value)}
          />
        </View>
        <AttachmentPicker value={photos} onChange={setPhotos} />
        <Button type="primary" block onClick={submit}>
          发布微心愿
        </Button>
      </View>
    </Screen>
  )
}
