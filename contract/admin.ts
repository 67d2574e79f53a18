import { z } from 'zod'
import { action, date, id, noInput, sheetUpload, text } from './define'
import { ROLES, type Role } from './roles'

// The admin side: people and their roles, staff accounts, communities and grids, departments,
// enterprises, canteen and station staff, and the audit log. Admins see everything; a 社工 sees
// and keeps their own community's part (the server decides, never the page).

/** Roles an admin grants directly; the others come through review (骑手, 企业联络员, 专家…). */
export const GRANTABLE_ROLES = [
  'social_worker',
  'broker',
  'party_guide',
  'department',
  'bank',
  'admin',
  'mentor',
  'lab_staff',
] as const
export type GrantableRole = (typeof GRANTABLE_ROLES)[number]
GRANTABLE_ROLES satisfies readonly Role[]

/** The scope each scoped role needs (the rest are unscoped). */
export const ROLE_SCOPE: Partial<Record<Role, 'community' | 'department' | 'enterprise' | 'lab'>> = {
  social_worker: 'community',
  broker: 'community',
  party_guide: 'community',
  department: 'department',
  // A partner bank of 红链贷 is a member unit (成员单位) in the departments register, scoped like a department.
  bank: 'department',
  enterprise: 'enterprise',
  lab_staff: 'lab',
}

export const DEPARTMENT_KINDS = { bureau: '区级部门', street: '街道', member_unit: '成员单位' } as const
const departmentKind = z.enum(['bureau', 'street', 'member_unit'])

/** What the audit log calls each act, for people. Unknown acts show their code. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'admin.bootstrap': '创建首位管理员',
  'role.grant': '授予角色',
  'role.revoke': '撤销角色',
  'user.create': '创建工作人员账号',
  'user.disable': '停用账号',
  'user.enable': '启用账号',
  'user.resetPassword': '重置密码',
  'user.password': '修改密码',
  'user.move': '更换社区',
  'user.delete': '注销账号',
  'community.create': '新建社区',
  'community.update': '修改社区',
  'grid.create': '新建网格',
  'grid.update': '修改网格',
  'grid.handover': '网格交接',
  'visit.plan': '计划走访',
  'visit.record': '记录走访',
  'visits.export': '导出走访记录',
  'demand.confirmOnBehalf': '企业确认代报诉求',
  'department.create': '新建部门',
  'department.update': '修改部门',
  'enterprise.create': '登记企业',
  'enterprise.update': '修改企业',
  'canteen.create': '新建餐厅',
  'canteen.update': '修改餐厅',
  'canteen.retire': '停用餐厅',
  'canteen.menu.save': '修改餐厅菜单',
  'canteen.closure.save': '设置餐厅休息日',
  'canteen.closure.remove': '取消餐厅休息日',
  'canteen.staff.add': '添加餐厅柜台人员',
  'group.create': '新建兴趣社群',
  'group.update': '修改兴趣社群',
  'group.archive': '归档兴趣社群',
  'street_office.link': '关联街道办事处',
  'canteen.staff.remove': '移除餐厅柜台人员',
  'station.staff.add': '添加站点工作人员',
  'station.staff.remove': '移除站点工作人员',
  'application.approve': '通过角色申请',
  'application.reject': '驳回角色申请',
  'rider.approve': '通过骑手认证',
  'rider.reject': '驳回骑手认证',
  'talent.challenge.post': '发布榜单',
  'talent.challenge.close': '关闭榜单',
  'talent.review.hold': '召开技术论证会',
  'talent.challenge.award': '定榜',
  'talent.challenge.solve': '验收交付',
  'talent.introduce': '人才经纪人牵线',
  'talent.need.hire': '人才需求录用',
  'sharing.project.save': '保存全链共享项目',
  'sharing.round.create': '开设绿电享团购',
  'sharing.loan.programme': '设置红链贷项目',
  'sharing.loan.accept': '银行受理红链贷',
  'sharing.loan.request': '银行要求补充材料',
  'sharing.loan.approve': '银行批准红链贷',
  'sharing.loan.decline': '银行拒绝红链贷',
  'sharing.patent.import': '导入免费专利清单',
  'sharing.patent.agreement': '登记专利转让协议',
  'sharing.patent.agreementCleared': '撤销专利转让协议',
}

/** Usernames staff sign in with: lower-case letters, digits and . _ - */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名应为 3–32 位小写字母、数字或 . _ -，以字母开头')
const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '手机号应为 11 位数字')
const name = text(40).min(2, '姓名至少 2 个字')
const page = z.number().int().min(1).max(10_000).default(1)
const fileFormat = z.enum(['xlsx', 'csv'])

export const roleGrantSchema = z.object({
  grantId: id,
  role: z.enum(ROLES),
  label: z.string(),
  /** The scope in words: 灵峰工业社区, 北仑区人力资源和社会保障局… */
  scope: z.string().nullable(),
  grantedAt: z.string(),
  grantedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
})

export const personSummary = z.object({
  id,
  displayName: z.string(),
  username: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  community: z.string().nullable(),
  roles: z.array(z.object({ role: z.enum(ROLES), label: z.string(), scope: z.string().nullable() })),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  deleted: z.boolean(),
})
export type PersonSummary = z.infer<typeof personSummary>

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  subject: z.string(),
  community: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  note: z.string(),
})
export type AuditEntryView = z.infer<typeof auditEntrySchema>

const auditFilters = {
  actorId: id.optional(),
  /** One act (role.grant) or a family (role). */
  action: text(40).optional(),
  subjectType: text(20).optional(),
  subjectId: text(40).optional(),
  communityId: id.optional(),
  from: date.optional(),
  to: date.optional(),
}

export const communityEditSchema = z
  .object({
    id: id.optional(),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9-]{1,31}$/, '社区编码应为大写字母、数字和 -，如 BL-LINGFENG'),
    name: text(40).min(2, '社区名称至少 2 个字'),
    district: text(40).min(2, '请填写所在区县'),
    street: text(40),
    address: text(120),
    /** Figures on the home card; empty when the texts give none. */
    enterprises: z.number().int().min(0).max(100_000).nullable(),
    workers: z.number().int().min(0).max(10_000_000).nullable(),
    intro: text(300),
    motto: text(40).optional(),
    /** Centre, GCJ-02, inside China. */
    lng: z.number().min(73, '经度应在 73–136 之间').max(136, '经度应在 73–136 之间'),
    lat: z.number().min(3, '纬度应在 3–54 之间').max(54, '纬度应在 3–54 之间'),
  })
  .strict()
export type CommunityEdit = z.input<typeof communityEditSchema>

export const enterpriseEditSchema = z
  .object({
    id: id.optional(),
    name: text(80).min(2, '企业名称至少 2 个字'),
    creditCode: text(30).min(1, '请填写统一社会信用代码'),
    communityId: id,
    gridId: id.nullable().default(null),
    address: text(120).default(''),
    industry: text(40).default(''),
    headcount: z.number().int().min(0).max(1_000_000).nullable().default(null),
    contactName: text(40).default(''),
    contactPhone: z.union([phone, z.literal('')]).default(''),
  })
  .strict()
export type EnterpriseEdit = z.input<typeof enterpriseEditSchema>

const enterpriseView = z.object({
  id,
  name: z.string(),
  creditCode: z.string(),
  communityId: id,
  community: z.string(),
  gridId: z.number().nullable(),
  grid: z.string().nullable(),
  address: z.string(),
  industry: z.string(),
  headcount: z.number().nullable(),
  contactName: z.string(),
  /** Masked for everyone but admins and the community's 社工 editing it. */
  contactPhone: z.string(),
  verified: z.boolean(),
})
export type EnterpriseView = z.infer<typeof enterpriseView>

const exported = z.object({ filename: z.string(), base64: z.string(), mime: z.string(), rows: z.number() })

const placeStaff = z.object({ userId: id, displayName: z.string(), phoneMasked: z.string().nullable() })

export const adminContract = {
  /** What the admin pages may show the asker: everything for admins, their community for a 社工. */
  scope: action({
    input: noInput,
    output: z.object({
      admin: z.boolean(),
      communities: z.array(z.object({ id, name: z.string() })),
      departments: z.array(z.object({ id, name: z.string() })),
    }),
    idempotent: true,
  }),
  /** People by name, username, a full phone (or its last 4 digits with a name), role and community; paged. */
  searchUsers: action({
    input: z
      .object({
        q: text(40).optional(),
        role: z.enum(ROLES).optional(),
        communityId: id.optional(),
        status: z.enum(['active', 'disabled', 'mustChange']).optional(),
        page,
        pageSize: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: z.object({ items: z.array(personSummary), total: z.number(), page: z.number(), pageSize: z.number() }),
    idempotent: true,
  }),
  /** One person: who they are, every grant (live and revoked), their moves and the audit about them. */
  user: action({
    input: z.object({ id }).strict(),
    output: z.object({
      person: personSummary.extend({
        createdAt: z.string(),
        signIn: z.enum(['wechat', 'password', 'both', 'none']),
        passwordChangedAt: z.string().nullable(),
      }),
      grants: z.array(roleGrantSchema),
      moves: z.array(z.object({ from: z.string().nullable(), to: z.string(), at: z.string() })),
      history: z.array(auditEntrySchema),
    }),
    idempotent: true,
  }),
  grantRole: action({
    input: z
      .object({
        userId: id,
        role: z.enum(GRANTABLE_ROLES),
        communityId: id.optional(),
        departmentId: id.optional(),
        labId: id.optional(),
      })
      .strict(),
    output: z.object({ grantId: id, granted: z.boolean() }),
  }),
  revokeRole: action({ input: z.object({ grantId: id }).strict(), output: z.object({ revoked: z.literal(true) }) }),
  /** A staff account with a one-time password, shown once; the holder changes it at first sign-in. */
  createStaff: action({
    input: z
      .object({
        username: usernameSchema,
        displayName: name,
        phone: z.union([phone, z.literal('')]).default(''),
        role: z.enum(GRANTABLE_ROLES),
        communityId: id.optional(),
        departmentId: id.optional(),
        labId: id.optional(),
      })
      .strict(),
    output: z.object({ userId: id, username: z.string(), oneTimePassword: z.string() }),
  }),
  /** Disable (sessions end at once) or enable again. */
  setDisabled: action({
    input: z.object({ userId: id, disabled: z.boolean(), reason: text(100).default('') }).strict(),
    output: z.object({ disabled: z.boolean(), sessionsEnded: z.number() }),
  }),
  /** A new one-time password (shown once); the old one and every session stop working. */
  resetPassword: action({
    input: z.object({ userId: id }).strict(),
    output: z.object({ username: z.string(), oneTimePassword: z.string() }),
  }),

  communities: action({
    input: noInput,
    output: z.object({
      items: z.array(
        z.object({
          id,
          code: z.string(),
          name: z.string(),
          district: z.string(),
          street: z.string(),
          address: z.string(),
          enterprises: z.number().nullable(),
          workers: z.number().nullable(),
          intro: z.string(),
          motto: z.string(),
          lng: z.number(),
          lat: z.number(),
          grids: z.number(),
          registeredEnterprises: z.number(),
          socialWorkers: z.number(),
        }),
      ),
    }),
    idempotent: true,
  }),
  saveCommunity: action({ input: communityEditSchema, output: z.object({ id, created: z.boolean() }) }),
  grids: action({
    input: z.object({ communityId: id }).strict(),
    output: z.object({
      community: z.string(),
      items: z.array(
        z.object({
          id,
          name: z.string(),
          area: z.string(),
          socialWorkerId: z.number().nullable(),
          socialWorker: z.string().nullable(),
          enterprises: z.number(),
          /** Responsible periods, newest first (一社工一网格: handovers with date and who). */
          handovers: z.array(
            z.object({
              worker: z.string().nullable(),
              since: z.string(),
              until: z.string().nullable(),
              by: z.string().nullable(),
              note: z.string(),
            }),
          ),
        }),
      ),
      /** The community's social workers, to pick the responsible one from. */
      socialWorkers: z.array(z.object({ id, displayName: z.string() })),
      /** 一社工一网格: a 社工 holding several grids, a grid with none. */
      warnings: z.array(z.string()),
    }),
    idempotent: true,
  }),
  /**
   * 网格交接: the grid passes from the 社工 the admin saw responsible (from) to another (to, a 社工 of
   * the community; null: none for now). Refused when someone else is responsible by now.
   */
  handoverGrid: action({
    input: z
      .object({
        gridId: id,
        fromSocialWorkerId: id.nullable(),
        toSocialWorkerId: id.nullable(),
        note: text(200).default(''),
      })
      .strict(),
    output: z.object({ changed: z.boolean() }),
  }),
  saveGrid: action({
    input: z
      .object({
        id: id.optional(),
        communityId: id,
        name: text(30).min(2, '网格名称至少 2 个字'),
        area: text(120).default(''),
        socialWorkerId: id.nullable().default(null),
      })
      .strict(),
    output: z.object({ id, created: z.boolean() }),
  }),

  departments: action({
    input: noInput,
    output: z.object({
      items: z.array(
        z.object({
          id,
          code: z.string(),
          name: z.string(),
          kind: departmentKind,
          kindLabel: z.string(),
          district: z.string(),
          phone: z.string(),
          intro: z.string(),
          active: z.boolean(),
          members: z.number(),
        }),
      ),
    }),
    idempotent: true,
  }),
  /** One department with its members: for admins, and for its own members (their workbench). */
  department: action({
    input: z.object({ id }).strict(),
    output: z.object({
      id,
      code: z.string(),
      name: z.string(),
      kind: departmentKind,
      kindLabel: z.string(),
      district: z.string(),
      phone: z.string(),
      intro: z.string(),
      active: z.boolean(),
      members: z.array(
        z.object({ grantId: id, userId: id, displayName: z.string(), phoneMasked: z.string().nullable() }),
      ),
    }),
    idempotent: true,
  }),
  saveDepartment: action({
    input: z
      .object({
        id: id.optional(),
        code: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z][A-Z0-9-]{1,31}$/, '部门编码应为大写字母、数字和 -，如 BL-RSJ'),
        name: text(60).min(2, '部门名称至少 2 个字'),
        kind: departmentKind,
        district: text(40).default(''),
        phone: text(30).default(''),
        intro: text(300).default(''),
        active: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ id, created: z.boolean() }),
  }),

  enterprises: action({
    input: z.object({ communityId: id.optional(), gridId: id.optional(), q: text(40).optional(), page }).strict(),
    output: z.object({ items: z.array(enterpriseView), total: z.number(), page: z.number(), pageSize: z.number() }),
    idempotent: true,
  }),
  saveEnterprise: action({ input: enterpriseEditSchema, output: z.object({ id, created: z.boolean() }) }),
  /**
   * Enterprises from a spreadsheet, a part at a time (`offset`, `limit` rows) so the page shows
   * progress. Created, or updated by credit code; each bad row is reported and changes nothing.
   */
  importEnterprises: action({
    input: z
      .object({
        /** Only rows of this community (optional; a 社工's rows must be their community's anyway). */
        communityId: id.optional(),
        file: sheetUpload,
        dryRun: z.boolean().default(false),
        offset: z.number().int().min(0).max(100_000).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.object({
      totalRows: z.number(),
      processed: z.number(),
      created: z.number(),
      updated: z.number(),
      errors: z.array(z.object({ row: z.number(), message: z.string() })),
      nextOffset: z.number().nullable(),
      dryRun: z.boolean(),
    }),
  }),
  exportEnterprises: action({
    input: z.object({ communityId: id.optional(), format: fileFormat }).strict(),
    output: exported,
  }),

  /** Canteens and stations in the asker's scope, with their staff. */
  places: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      canteens: z.array(z.object({ id, name: z.string(), community: z.string(), staff: z.array(placeStaff) })),
      stations: z.array(z.object({ id, name: z.string(), community: z.string(), staff: z.array(placeStaff) })),
    }),
    idempotent: true,
  }),
  setCanteenStaff: action({
    input: z.object({ canteenId: id, userId: id, staff: z.boolean() }).strict(),
    output: z.object({ changed: z.boolean() }),
  }),
  setStationStaff: action({
    input: z.object({ stationId: id, userId: id, staff: z.boolean() }).strict(),
    output: z.object({ changed: z.boolean() }),
  }),

  auditLog: action({
    input: z.object({ ...auditFilters, page }).strict(),
    output: z.object({
      items: z.array(auditEntrySchema),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    idempotent: true,
  }),
  exportAudit: action({ input: z.object({ ...auditFilters, format: fileFormat }).strict(), output: exported }),
}
