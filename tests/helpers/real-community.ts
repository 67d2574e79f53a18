import { main as activities } from '../../cloudfunctions/activities/index'
import { main as admin } from '../../cloudfunctions/admin/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { exampleCreditCode } from '../../cloudfunctions/community/seed-accounts'
import { main as demands } from '../../cloudfunctions/demands/index'
import { main as user } from '../../cloudfunctions/user/index'
import { createFirstAdmin } from '../../server/people/first-admin'
import type { SuiteCtx } from './databases'

// A real community made from an empty database with nothing but the app's own actions (issue 21):
// the first admin as `npm run admin -- create` makes them (scripts/admin.ts → createFirstAdmin),
// then every step a person would take in the app. Shared by real-community.test.ts (which checks
// what people see) and seed-tables.test.ts (which checks that actions write what the seed writes).

// Shanghai wall clock → instant. 2026-11-23 is a Monday, a working day.
export const sh = (local: string) => new Date(`${local}+08:00`)
const PASSWORD = 'lian-she-zhen-de-7'

export interface Walked {
  communityId: number
  enterpriseId: number
  tokens: { admin: string; socialWorker: string; rider: string; liaison: string; street: string }
  canteenId: number
  riderBooking: { totalCents: number; riderPrice: boolean; items: { priceCents: number }[] }
  groupId: number
  activityId: number
  groupNotified: number[]
  memberId: number
  demandId: number
  escalated: number[]
  streetDetail: { escalated: boolean; overdue: boolean; can: string[] }
}

export async function walkRealCommunity(ctx: SuiteCtx): Promise<Walked> {
  const { invokeOk, signUp } = ctx
  const at = (local: string) => ctx.setNow(sh(local))
  at('2026-11-23T08:00:00')

  /** A staff account's first sign-in: the one-time password, then a password of their own. */
  const firstSignIn = async (username: string, oneTimePassword: string) => {
    const s = await invokeOk(user, 'login', { username, password: oneTimePassword })
    await invokeOk(user, 'changePassword', { current: oneTimePassword, next: PASSWORD }, s.token)
    return (await invokeOk(user, 'login', { username, password: PASSWORD })).token as string
  }

  // The first admin, as `npm run admin -- create --username ops_admin --name 张管理员` makes them.
  const first = await createFirstAdmin(ctx.runtime, { username: 'ops_admin', displayName: '张管理员' })
  const adminToken = await firstSignIn('ops_admin', first.oneTimePassword)

  // The organisation: a community, its street office, a 社工 with a grid, the office's member.
  const { id: communityId } = await invokeOk(
    admin,
    'saveCommunity',
    {
      code: 'BL-TEST',
      name: '试点工业社区',
      district: '北仑区',
      street: '大碶街道',
      address: '北仑区大碶街道试点路 1 号',
      enterprises: null,
      workers: null,
      intro: '',
      lng: 121.79,
      lat: 29.89,
    },
    adminToken,
  )
  const { id: officeId } = await invokeOk(
    admin,
    'saveDepartment',
    { code: 'BL-DQ-TEST', name: '大碶街道办事处（试点）', kind: 'street', district: '北仑区' },
    adminToken,
  )
  await invokeOk(demands, 'setStreetOffice', { communityId, departmentId: officeId }, adminToken)
  const { id: bureauId } = await invokeOk(
    admin,
    'saveDepartment',
    { code: 'BL-RSJ-TEST', name: '北仑区人力资源和社会保障局（试点）', kind: 'bureau', district: '北仑区' },
    adminToken,
  )
  const sw = await invokeOk(
    admin,
    'createStaff',
    { username: 'sw_chen', displayName: '陈社工', phone: '13955550101', role: 'social_worker', communityId },
    adminToken,
  )
  const swToken = await firstSignIn('sw_chen', sw.oneTimePassword)
  const { id: gridId } = await invokeOk(
    admin,
    'saveGrid',
    { communityId, name: '试点第一网格', area: '试点路以东', socialWorkerId: sw.userId },
    adminToken,
  )
  const street = await invokeOk(
    admin,
    'createStaff',
    { username: 'dq_sun', displayName: '孙主任', phone: '13955550102', role: 'department', departmentId: officeId },
    adminToken,
  )
  const streetToken = await firstSignIn('dq_sun', street.oneTimePassword)

  // The 社工 makes the canteen: lunch on weekdays, a rider price of 6.8折, one dish.
  const { canteenId } = await invokeOk(
    canteen,
    'saveCanteen',
    {
      name: '试点社区延时餐厅',
      communityId,
      address: '北仑区大碶街道试点路 1 号一楼',
      lng: 121.791,
      lat: 29.891,
      windows: [{ name: '午餐', start: '11:00', end: '14:00', days: [1, 2, 3, 4, 5] }],
      slotMinutes: 30,
      seatsPerSlot: 20,
      bookingDays: 3,
      cutoffMinutes: 30,
      riderDiscount: 68,
    },
    swToken,
  )
  const { itemId } = await invokeOk(
    canteen,
    'saveMenuItem',
    { canteenId, name: '红烧肉套餐', priceCents: 1500, available: true },
    swToken,
  )

  // A stranger signs up on H5, picks the community and the rider role, applies to be verified.
  const rider = await signUp(user, '13700003001', '小李', PASSWORD)
  await invokeOk(user, 'onboard', { communityId, roles: ['rider'] }, rider.token)
  await invokeOk(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT20261123' }, rider.token)
  const [verification] = (await invokeOk(user, 'reviewQueue', {}, swToken)).items.filter(
    (i: { kind: string }) => i.kind === 'rider',
  )
  await invokeOk(canteen, 'reviewRider', { verificationId: verification.id, approve: true }, swToken)
  const riderBooking = await invokeOk(
    canteen,
    'book',
    { canteenId, date: '2026-11-23', start: '12:00', items: [{ itemId, qty: 1 }] },
    rider.token,
  )

  // The 社工 makes an interest group; the rider joins; an activity published to it reaches them.
  const { groupId } = await invokeOk(
    activities,
    'saveGroup',
    { communityId, name: '骑手篮球队', intro: '每周四晚上打球' },
    swToken,
  )
  await invokeOk(activities, 'joinGroup', { groupId }, rider.token)
  const iso = (local: string) => sh(local).toISOString()
  const { id: activityId } = await invokeOk(
    activities,
    'save',
    {
      title: '骑手篮球友谊赛',
      category: 'sports',
      startsAt: iso('2026-11-26T19:00:00'),
      endsAt: iso('2026-11-26T21:00:00'),
      address: '试点社区篮球场',
      registrationOpensAt: iso('2026-11-23T08:00:00'),
      registrationClosesAt: iso('2026-11-26T17:00:00'),
      capacity: 20,
      groupId,
    },
    swToken,
  )
  await invokeOk(activities, 'signUp', { activityId }, rider.token)
  const groupNotified = (
    await ctx.db.selectFrom('notifications').select('user_id').where('kind', '=', 'group_new_activity').execute()
  ).map((n) => n.user_id)

  // An enterprise the admin records in the grid; its liaison signs up and is approved by the 社工.
  const creditCode = exampleCreditCode('91330206MA2TQ8K3')
  const { id: enterpriseId } = await invokeOk(
    admin,
    'saveEnterprise',
    { name: '宁波试点精密机械有限公司', creditCode, communityId, gridId, address: '试点路 8 号', industry: '机械' },
    adminToken,
  )
  const liaison = await signUp(user, '13700003002', '王企联', PASSWORD)
  await invokeOk(
    user,
    'onboard',
    { communityId, roles: ['enterprise'], enterprise: { name: '宁波试点精密机械有限公司', creditCode } },
    liaison.token,
  )
  const application = (await invokeOk(user, 'reviewQueue', {}, swToken)).items.find(
    (i: { kind: string }) => i.kind === 'enterprise',
  )
  await invokeOk(user, 'reviewApplication', { applicationId: application.id, approve: true }, swToken)

  // The liaison files a demand at 09:00 Monday; the 社工 dispatches it with a deadline the next day;
  // the bureau does not act; the sweep escalates it to the street office.
  at('2026-11-23T09:00:00')
  const demand = await invokeOk(
    demands,
    'file',
    {
      enterpriseId,
      category: 'hiring',
      urgency: 'normal',
      title: '急招数控操作工 10 名',
      description: '新产线下月投产，急需数控操作工 10 名，希望社区协调招聘。',
      contactName: '王企联',
      contactPhone: '13700003002',
    },
    liaison.token,
  )
  await invokeOk(
    demands,
    'dispatch',
    { demandId: demand.id, departmentIds: [bureauId], deadline: '2026-11-24T17:00:00+08:00' },
    swToken,
  )
  at('2026-11-24T17:30:00')
  const swept = await ctx.withContext(demands, { trigger: true })({
    Type: 'Timer',
    TriggerName: 'sweep',
    Time: '2026-11-24T09:30:00.000Z',
  })
  if (!(swept as { ok: boolean }).ok) throw new Error(`sweep failed: ${JSON.stringify(swept)}`)
  const escalated = (await invokeOk(demands, 'queue', { view: 'escalated' }, streetToken)).items.map(
    (x: { id: number }) => x.id,
  )
  const streetDetail = await invokeOk(demands, 'detail', { demandId: demand.id }, streetToken)

  // 网格走访: the 社工 visits the enterprise and files a need found there on its behalf (代报).
  const visited = await invokeOk(
    demands,
    'saveVisit',
    {
      enterpriseId,
      status: 'done',
      date: '2026-11-24',
      met: '王企联 行政经理',
      findings: '企业反映厂区门口路灯不亮，夜班职工下班不便。',
    },
    swToken,
  )
  await invokeOk(
    demands,
    'file',
    {
      enterpriseId,
      channel: 'visit',
      visitId: visited.id,
      category: 'other',
      urgency: 'normal',
      title: '厂区门口路灯不亮',
      description: '走访发现：厂区门口两盏路灯不亮，夜班职工下班路段昏暗。',
      contactName: '王企联',
      contactPhone: '13700003002',
    },
    swToken,
  )
  return {
    communityId,
    enterpriseId,
    tokens: {
      admin: adminToken,
      socialWorker: swToken,
      rider: rider.token,
      liaison: liaison.token,
      street: streetToken,
    },
    canteenId,
    riderBooking,
    groupId,
    activityId,
    groupNotified,
    memberId: rider.me.id,
    demandId: demand.id,
    escalated,
    streetDetail,
  }
}
