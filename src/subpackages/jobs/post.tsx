import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { COMMON_BENEFITS, COMMON_CERTIFICATES, JOB_KINDS, JOB_SHIFTS, PAY_UNITS } from '../../../contract/jobs'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { pickLocation, PICK_LOCATION_LABEL } from '../../platform/pick-location'
import { call } from '../../services/call'
import { addDays, shanghaiDay, shanghaiInstant } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { Choice, optionsOf } from '../../components/Choice'
import { go, JobCard, splitWords, Tags } from './parts'
import './jobs.css'
import './contract'

type Kind = keyof typeof JOB_KINDS
type Unit = keyof typeof PAY_UNITS
type ShiftKind = keyof typeof JOB_SHIFTS
interface ShiftRow {
  day: string
  from: string
  to: string
}

/**
 * 企业: my postings and the post/edit form (pay with its unit, place, gig shifts, requirements,
 * benefits, contact). The server checks pay against the minimum wage and the wording, then a 社工 reviews.
 */
export default function PostJob() {
  const { params } = useRouter()
  const editId = Number(params.id) || undefined
  // 转为岗位 from a 用工 demand (企呼我应): the form starts from the demand's words.
  const [demandId, setDemandId] = useState<number | null>(Number(params.demandId) || null)
  const mine = useAction('jobs', 'myPostings', {})
  const [f, setF] = useState({
    title: '',
    headcount: '1',
    pay: '',
    place: '',
    description: '',
    contactName: '',
    contactPhone: '',
    skills: '',
  })
  const [kind, setKind] = useState<Kind>('full_time')
  const [unit, setUnit] = useState<Unit>('month')
  const [shift, setShift] = useState<ShiftKind>('day')
  const [startDate, setStartDate] = useState(addDays(shanghaiDay(), 3))
  const [certs, setCerts] = useState<string[]>([])
  const [benefits, setBenefits] = useState<string[]>([])
  const [health, setHealth] = useState(false)
  const [pos, setPos] = useState<{ lng: number; lat: number } | null>(null)
  const [shifts, setShifts] = useState<ShiftRow[]>([])
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }))
  // From a demand: the demand's enterprise (a liaison may act for several).
  const enterprise =
    mine.data?.enterprises.find((e) => e.id === Number(params.enterpriseId)) ?? mine.data?.enterprises[0]

  useEffect(() => {
    if (!demandId || !enterprise || editId) return
    call('jobs', 'demandDraft', { demandId, enterpriseId: enterprise.id }, { loading: false }).then(
      (d) =>
        setF((x) => ({
          ...x,
          title: d.title,
          description: d.description,
          contactName: d.contactName,
          contactPhone: d.contactPhone,
        })),
      () => setDemandId(null),
    )
  }, [demandId, enterprise, editId])

  useEffect(() => {
    if (!editId) return
    call('jobs', 'posting', { id: editId }, { loading: false }).then(
      (p) => {
        setF({
          title: p.title,
          headcount: String(p.headcount),
          pay: String(p.payCents / 100),
          place: p.place,
          description: p.description,
          contactName: p.contact?.name ?? '',
          contactPhone: p.contact?.phone ?? '',
          skills: p.skills.join('、'),
        })
        setKind(p.kind)
        setUnit(p.payUnit)
        setShift(p.shift)
        setStartDate(p.startDate)
        setCerts(p.certificates)
        setBenefits(p.benefits)
        setHealth(p.healthCert)
        setPos({ lng: p.lng, lat: p.lat })
        setDemandId(p.demandId)
        setShifts(
          p.shifts.map((s) => ({ day: shanghaiDay(s.startsAt), from: s.label.slice(6, 11), to: s.label.slice(-5) })),
        )
      },
      () => undefined,
    )
  }, [editId])

  const save = async () => {
    if (!enterprise) return
    if (!pos) return toast('请先选择工作地点')
    const r = await call(
      'jobs',
      'savePosting',
      {
        id: editId,
        enterpriseId: enterprise.id,
        demandId,
        title: f.title,
        kind,
        headcount: Number(f.headcount) || 0,
        payCents: Math.round(Number(f.pay) * 100) || 0,
        payUnit: unit,
        shift,
        place: f.place,
        lng: pos.lng,
        lat: pos.lat,
        startDate,
        shifts: shifts.map((s) => {
          const startsAt = shanghaiInstant(s.day, s.from)
          // A shift ending at or before its start runs past midnight into the next day.
          const endsAt = shanghaiInstant(s.to <= s.from ? addDays(s.day, 1) : s.day, s.to)
          return { startsAt, endsAt }
        }),
        certificates: certs,
        skills: splitWords(f.skills),
        healthCert: health,
        benefits,
        description: f.description,
        contactName: f.contactName,
        contactPhone: f.contactPhone,
      },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) {
      toast('已提交，社工审核后公开')
      void mine.reload()
    }
  }

  return (
    <Screen className="jobs">
      <PageState loading={mine.loading && !mine.data} error={mine.error} onRetry={mine.reload}>
        {enterprise && (
          <View className="card">
            <Text className="section-title">{editId ? '修改岗位' : `为「${enterprise.name}」发布岗位`}</Text>
            {demandId && <Text className="muted">来自企业诉求 #{demandId}，录用进展会记入该诉求</Text>}
            <TextField label="岗位名称" value={f.title} onChange={set('title')} maxLength={40} />
            <Choice label="用工类型" options={optionsOf(JOB_KINDS)} value={kind} onChange={setKind} />
            <TextField label="招聘人数" type="number" value={f.headcount} onChange={set('headcount')} maxLength={4} />
            <TextField label="薪资（元）" type="digit" value={f.pay} onChange={set('pay')} maxLength={9} />
            <Choice label="计薪单位" options={optionsOf(PAY_UNITS)} value={unit} onChange={setUnit} />
            <Choice label="班次" options={optionsOf(JOB_SHIFTS)} value={shift} onChange={setShift} />
            <TextField label="到岗日期（YYYY-MM-DD）" value={startDate} onChange={setStartDate} maxLength={10} />
            <TextField
              label="工作地点（留空为企业地址）"
              value={f.place}
              onChange={set('place')}
              placeholder={enterprise.address}
              maxLength={100}
            />
            <Button block onClick={() => void pickLocation().then((p) => p && setPos(p))}>
              {pos ? '已定位，重新选择' : PICK_LOCATION_LABEL}
            </Button>
            {kind === 'gig' && (
              <View>
                <Text className="section-title">零工班次</Text>
                {shifts.map((s, i) => (
                  <View key={i} className="row">
                    <Text className="grow">
                      {s.day} {s.from}–{s.to}
                    </Text>
                    <Button size="small" onClick={() => setShifts(shifts.filter((_, j) => j !== i))}>
                      删除
                    </Button>
                  </View>
                ))}
                <ChipGroup label="添加班次">
                  {[
                    ['08:00', '17:00', '白班'],
                    ['20:00', '05:00', '夜班'],
                  ].map(([from, to, name]) => (
                    <Chip key={name} role="button" onPress={() => setShifts([...shifts, { day: startDate, from, to }])}>
                      {`添加 ${startDate} ${name}`}
                    </Chip>
                  ))}
                </ChipGroup>
              </View>
            )}
            <Tags label="证书要求" options={COMMON_CERTIFICATES} value={certs} onChange={setCerts} />
            <Choice
              label="需要健康证"
              options={optionsOf({ no: '不需要', yes: '需要' })}
              value={health ? 'yes' : 'no'}
              onChange={(k) => setHealth(k === 'yes')}
            />
            <TextField label="技能（用顿号分隔）" value={f.skills} onChange={set('skills')} maxLength={100} />
            <Tags label="福利待遇" options={COMMON_BENEFITS} value={benefits} onChange={setBenefits} />
            <TextField
              label="岗位说明"
              value={f.description}
              onChange={set('description')}
              multiline
              maxLength={2000}
            />
            <TextField
              label="联系人（仅向录用或邀请面试的求职者显示）"
              value={f.contactName}
              onChange={set('contactName')}
              maxLength={20}
            />
            <TextField label="联系电话" value={f.contactPhone} onChange={set('contactPhone')} maxLength={20} />
            <Text className="muted">
              薪资不得低于宁波最低工资标准；不得有性别、地域、民族限制；不得收取押金、保证金或培训费。
            </Text>
            <Button type="primary" block onClick={save}>
              提交审核
            </Button>
          </View>
        )}
        {!!mine.data?.items.length && <Text className="section-title">本企业的岗位</Text>}
        <View role="list" aria-label="本企业的岗位">
          {mine.data?.items.map((p) => (
            <View key={p.id} role="listitem" aria-label={p.title}>
              <JobCard
                role="button"
                p={p}
                extra={`投递 ${p.applicants} 人${p.reviewNote ? ` · 审核意见：${p.reviewNote}` : ''}`}
              />
              <Button size="small" onClick={() => go(`/subpackages/jobs/applicants?postingId=${p.id}`)}>
                查看投递
              </Button>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
