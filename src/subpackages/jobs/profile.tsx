import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { AVAILABILITY, COMMON_CERTIFICATES } from '../../../contract/jobs'
import { Screen } from '../../components/Screen'
import { locate } from '../../platform/location'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { Choice, optionsOf } from '../../components/Choice'
import { splitWords, Tags } from './parts'
import './jobs.css'
import './contract'

type Availability = keyof typeof AVAILABILITY

/** 求职档案: skills, certificates, when I can work, a phone the enterprise sees once it accepts me. */
export default function JobProfile() {
  const [skills, setSkills] = useState('')
  const [certs, setCerts] = useState<string[]>([])
  const [availability, setAvailability] = useState<Availability>('any')
  const [phone, setPhone] = useState('')
  const [intro, setIntro] = useState('')
  const [here, setHere] = useState<{ lng: number; lat: number } | null>(null)
  useDidShow(() => {
    call('jobs', 'myProfile', {}, { loading: false, toast: false }).then(
      ({ profile: p }) => {
        if (!p) return
        setSkills(p.skills.join('、'))
        setCerts(p.certificates)
        setAvailability(p.availability)
        setPhone(p.phone)
        setIntro(p.intro)
        if (p.lng !== null && p.lat !== null) setHere({ lng: p.lng, lat: p.lat })
      },
      () => undefined,
    )
  })
  const save = async () => {
    const r = await call(
      'jobs',
      'saveProfile',
      {
        skills: splitWords(skills),
        certificates: certs,
        availability,
        phone,
        intro,
        lng: here?.lng ?? null,
        lat: here?.lat ?? null,
      },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) toast('档案已保存')
  }
  return (
    <Screen className="jobs">
      <View className="card">
        <TextField
          label="技能（用顿号分隔）"
          value={skills}
          onChange={setSkills}
          placeholder="如 数控车床、分拣、装卸"
          maxLength={100}
        />
        <Tags label="证书" options={COMMON_CERTIFICATES} value={certs} onChange={setCerts} />
        <Choice label="可工作时间" options={optionsOf(AVAILABILITY)} value={availability} onChange={setAvailability} />
        <TextField
          label="手机号（企业邀请面试或录用后可见）"
          type="number"
          value={phone}
          onChange={setPhone}
          maxLength={11}
        />
        <TextField label="自我介绍" value={intro} onChange={setIntro} multiline maxLength={300} />
        <Text className="muted">{here ? '已记录常住位置，用于计算通勤距离' : '未记录位置'}</Text>
        <Button block onClick={() => void locate().then((p) => (p ? setHere(p) : toast('无法获取位置')))}>
          用当前位置
        </Button>
        <Button type="primary" block onClick={save}>
          保存档案
        </Button>
      </View>
    </Screen>
  )
}
