import { Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { WISH_CATEGORIES, type AttachmentInput, type WishCategory } from '../../../contract/demands'
import { Choice, optionsOf } from '../../components/Choice'
import { Field } from '../../components/Field'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { AttachmentPicker } from './AttachmentPicker'
import './demands.css'
import { Screen } from '../../components/Screen'
import './contract'

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
      toast('已发布，社工会帮你对接')
      Taro.redirectTo({ url: `/subpackages/demands/lists?tab=wishes&communityId=${communityId ?? ''}` })
    }
  }
  return (
    <Screen className="demands">
      <View className="card">
        <Choice label="心愿类别" options={optionsOf(WISH_CATEGORIES)} value={category} onChange={setCategory} />
        <Field label="我的心愿">
          <Input
            name="title"
            placeholder="比如：下班通勤希望多一个共享单车点"
            value={title}
            onChange={setTitle}
            maxLength={40}
          />
        </Field>
        <Field label="说明（选填）">
          <Textarea
            className="ls-textarea"
            value={description}
            maxlength={500}
            onInput={(e) => setDescription(e.detail.value)}
          />
        </Field>
        <AttachmentPicker value={photos} onChange={setPhotos} />
        <Button type="primary" block onClick={submit}>
          发布微心愿
        </Button>
      </View>
    </Screen>
  )
}
