import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import {
  AVAILABILITY,
  INDUSTRY_CHAINS,
  PLACES,
  type Availability,
  type IndustryChain,
  type Place,
} from '../../../contract/talent'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { Choice, optionsOf } from '../../components/Choice'
import { SkillsField } from './components/SkillsField'
import { splitSkills } from './format'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

const PLACE_LABELS = Object.fromEntries(Object.entries(PLACES).map(([k, p]) => [k, p.label])) as Record<Place, string>
const YES_NO = { yes: '是', no: '否' }

/** 专家: the supply profile (人才供给资源库) every recommendation is matched on. */
export default function ProfilePage() {
  const [f, setF] = useState({ field: '', institution: '', title: '', skills: '', achievements: '', languages: '中文' })
  const [chains, setChains] = useState<IndustryChain[]>([])
  const [availability, setAvailability] = useState<Availability>('part_time')
  const [dual, setDual] = useState(false)
  const [overseas, setOverseas] = useState(false)
  const [place, setPlace] = useState<Place>('ningbo')
  const [rating, setRating] = useState<string>()
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }))

  // Filled once from the saved profile: a refresh on show would throw away what is being typed
  // (the app back from the background shows the page again).
  useEffect(() => {
    call('talent', 'myProfile', {}, { loading: false, toast: false }).then(
      ({ profile: p }) => {
        if (!p) return
        setF({
          field: p.field,
          institution: p.institution,
          title: p.title,
          skills: p.skills.join('、'),
          achievements: p.achievements,
          languages: p.languages.join('、'),
        })
        setChains(p.chains)
        setAvailability(p.availability)
        setDual(p.dualAppointment)
        setOverseas(p.overseas)
        setPlace(p.place)
        setRating(p.rating === null ? undefined : `过往评价 ${p.rating} 分（${p.ratings} 次）`)
      },
      () => undefined,
    )
  }, [])

  const save = async () => {
    const r = await call(
      'talent',
      'saveProfile',
      {
        field: f.field,
        institution: f.institution,
        title: f.title,
        skills: splitSkills(f.skills),
        chains,
        achievements: f.achievements,
        availability,
        dualAppointment: dual,
        languages: splitSkills(f.languages),
        overseas,
        place,
      },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) toast('已保存，推荐已更新')
  }
  const toggleChain = (k: IndustryChain) =>
    setChains(chains.includes(k) ? chains.filter((c) => c !== k) : [...chains, k].slice(-4))

  return (
    <Screen className="talent">
      <View className="card">
        {rating && <Text className="muted">{rating}</Text>}
        <TextField
          label="研究或专业领域"
          value={f.field}
          onChange={set('field')}
          maxLength={30}
          placeholder="如 材料成型"
        />
        <TextField label="单位" value={f.institution} onChange={set('institution')} maxLength={40} />
        <TextField label="职称" value={f.title} onChange={set('title')} maxLength={20} />
        <Choice
          label="服务的产业链（最多 4 条）"
          options={optionsOf(INDUSTRY_CHAINS)}
          value={chains}
          onChange={toggleChain}
        />
        <SkillsField label="技能" value={f.skills} onInput={set('skills')} chains={chains} />
        <TextField label="代表成果" multiline maxLength={1000} value={f.achievements} onChange={set('achievements')} />
        <Choice label="可投入时间" options={optionsOf(AVAILABILITY)} value={availability} onChange={setAvailability} />
        <Choice
          label="愿意双聘（编制在高校院所、全职在企业科研）"
          options={optionsOf(YES_NO)}
          value={dual ? 'yes' : 'no'}
          onChange={(k) => setDual(k === 'yes')}
        />
        <Choice
          label="海外工程师"
          options={optionsOf(YES_NO)}
          value={overseas ? 'yes' : 'no'}
          onChange={(k) => setOverseas(k === 'yes')}
        />
        <Choice label="所在地" options={optionsOf(PLACE_LABELS)} value={place} onChange={setPlace} />
        <TextField label="工作语言（用顿号分隔）" value={f.languages} onChange={set('languages')} />
        <Button type="primary" block onClick={save}>
          保存档案
        </Button>
      </View>
    </Screen>
  )
}
