import { z } from 'zod'
import { action, id, noInput, secret, STORABLE, text, UNSTORABLE_MESSAGE } from './define'
import { ROLES, SELF_ROLES } from './roles'

export const roleSchema = z.enum(ROLES)
export const selfRoleSchema = z.enum(SELF_ROLES)

export const meSchema = z.object({
  id: z.number(),
  role: roleSchema,
  roleLabel: z.string(),
  displayName: z.string(),
  /** Masked for display, e.g. 138****5678; null when unknown. */
  phoneMasked: z.string().nullable(),
  username: z.string().nullable(),
  community: z.object({ id: z.number(), name: z.string() }).nullable(),
  signInMethod: z.enum(['wechat', 'password', 'demo']),
  /** Every role held now, with its scope in words (社工 · 灵峰工业社区) and the community it is scoped to. */
  roles: z.array(
    z.object({ role: roleSchema, label: z.string(), scope: z.string().nullable(), communityId: z.number().nullable() }),
  ),
  avatar: z.string().nullable(),
  /** A staff account's one-time password: it must be changed before anything else. */
  mustChangePassword: z.boolean(),
  /** Signs in with a password too (an account made with a sign-up code has none until it sets one). */
  hasPassword: z.boolean(),
  /** Has chosen a community and what they are (a new WeChat user has not). */
  onboarded: z.boolean(),
  /** Verified through WeChat (getPhoneNumber); a typed number is not. */
  phoneVerified: z.boolean(),
  birthYear: z.number().nullable(),
  riderVerified: z.boolean(),
})
export type Me = z.infer<typeof meSchema>

const sessionSchema = z.object({ token: z.string(), expiresAt: z.string(), me: meSchema })

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号')
export const birthYearSchema = z
  .number()
  .int('出生年份应为整数')
  .min(1930, '出生年份不正确')
  .max(2015, '出生年份不正确')
/** New passwords: at least this long (server/auth/password-policy.ts also refuses common ones). */
/**
 * The name others see (称呼): never a phone number (a phone as the account's name would show it
 * unmasked to everyone).
 */
export const displayNameSchema = text(20)
  .min(1, '请填写你的称呼')
  .refine((v) => !(/^\+?[\d\s-]{7,}$/.test(v) && v.replace(/\D/g, '').length >= 7), '称呼不能是手机号')
export { WECHAT_DEFAULT_NAME } from './roles'
/** A verification code as typed: 6 digits. */
export const smsCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '请输入 6 位验证码')
export const PASSWORD_MIN_LENGTH = 10
/** A new password as typed: kept only as a hash, so never trimmed. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`)
  .max(128, '密码不能超过 128 个字符')
  .regex(STORABLE, UNSTORABLE_MESSAGE)
/** An avatar: a weapp cloud file id, or on H5 a small JPEG data URL (shrunk to 200 px on the phone). */
export const avatarSchema = z
  .string()
  .max(64_000, '头像图片太大，请换一张')
  .regex(/^(cloud:\/\/[\w./-]+|data:image\/jpeg;base64,[A-Za-z0-9+/=]+)$/, '头像格式不正确')

/** What a person says they are (first use, or later from 我的身份), with what each role needs. */
export const roleRequestSchema = z
  .object({
    roles: z
      .array(selfRoleSchema)
      .min(1, '请至少选择一种身份')
      .max(SELF_ROLES.length)
      .refine((r) => new Set(r).size === r.length, '同一身份只能选择一次'),
    /** 青创客: the age limit is counted from it. */
    birthYear: birthYearSchema.optional(),
    /** 青创客: optional company. */
    company: text(60).optional(),
    enterprise: z
      .object({
        name: text(60).min(2, '请填写企业名称'),
        creditCode: text(24).min(1, '请填写统一社会信用代码'),
      })
      .strict()
      .optional(),
    expert: z
      .object({
        field: text(30).min(2, '请填写研究领域'),
        institution: text(60).min(2, '请填写所在单位'),
        title: text(30).min(1, '请填写职称'),
      })
      .strict()
      .optional(),
  })
  .strict()

const roleOutcome = z.object({
  role: selfRoleSchema,
  label: z.string(),
  /** granted: held now; pending: an application a social worker reviews. */
  status: z.enum(['granted', 'pending']),
  note: z.string(),
})

export const APPLICATION_STATUS = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
  withdrawn: '已撤回',
} as const

const applicationSchema = z.object({
  id,
  role: roleSchema,
  label: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
  reason: z.string().nullable(),
  community: z.string(),
  /** What was asked, in words (企业名称 · 信用代码…). */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
})

/** One item of a social worker's review queue: an enterprise or expert application, or a rider verification. */
export const reviewItemSchema = z.object({
  kind: z.enum(['enterprise', 'expert', 'rider']),
  /** The application's id (kind enterprise/expert) or the rider verification's id (kind rider). */
  id,
  label: z.string(),
  applicant: z.string(),
  phoneMasked: z.string().nullable(),
  community: z.string(),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  /** Rider verifications only: the optional photo, shown to the reviewer and deleted once reviewed. */
  photo: z.string().nullable(),
  /** Anything the reviewer should know (the credit code is already registered to another enterprise name…). */
  warning: z.string().nullable(),
  /** Liaison applications whose approval records the enterprise (or gives it its grid): the grids to pick from. */
  grids: z.array(z.object({ id, name: z.string() })).nullable(),
  createdAt: z.string(),
})
export type ReviewItem = z.infer<typeof reviewItemSchema>

const communityChoice = z.object({
  id,
  name: z.string(),
  district: z.string(),
  street: z.string(),
  /** From the position given, km; null without one. */
  distanceKm: z.number().nullable(),
})

export const userContract = {
  /** Who is asking. On weapp the first call creates the user from the OPENID. */
  me: action({ input: noInput, output: meSchema, idempotent: true }),
  /** What the sign-in page can offer (demo accounts only in demo mode). */
  signInOptions: action({
    input: noInput,
    output: z.object({
      demo: z.boolean(),
      demoAccounts: z.array(z.object({ role: roleSchema, label: z.string(), displayName: z.string() })),
    }),
    idempotent: true,
  }),
  /** Demo mode only: one tap signs in as the demo account of a role. */
  demoLogin: action({ input: z.object({ role: roleSchema }).strict(), output: sessionSchema }),
  /** Staff sign-in with username + password (H5). */
  login: action({
    input: z
      .object({
        username: text(32).min(2),
        password: secret(6, 128),
      })
      .strict(),
    output: sessionSchema,
  }),
  logout: action({ input: noInput, output: z.object({ signedOut: z.boolean() }) }),
  /** H5: a verification code sent by SMS to the phone (throttled; demo mode answers it to show on screen). */
  sendCode: action({
    input: z.object({ phone: phoneSchema }).strict(),
    output: z.object({
      sentTo: z.string(),
      resendAfterSeconds: z.number(),
      minutes: z.number(),
      /** Demo mode only: the code, shown on screen (no SMS is sent there). */
      demoCode: z.string().nullable(),
    }),
  }),
  /**
   * H5 sign-up and sign-in (no WeChat there): the phone and the code sent to it. A new person
   * gives a name and may set a password; the phone is the sign-in name. A registered phone signs
   * in to its account (`existing`). First use (community and roles) follows.
   */
  register: action({
    input: z
      .object({
        phone: phoneSchema,
        code: smsCodeSchema,
        displayName: displayNameSchema,
        password: newPasswordSchema.optional(),
      })
      .strict(),
    output: sessionSchema.extend({ existing: z.boolean() }),
  }),
  /**
   * 设置/找回密码: a 6-digit code sent by SMS to the account's own phone (no phone typed: the
   * server knows it). Throttled like sendCode; demo mode answers the code to show on screen.
   */
  sendAccountCode: action({
    input: noInput,
    output: z.object({
      sentTo: z.string(),
      resendAfterSeconds: z.number(),
      minutes: z.number(),
      demoCode: z.string().nullable(),
    }),
  }),
  /**
   * Set a password with the code sent to the account's phone (sendAccountCode): the first one of an
   * account made with a sign-up code, or a new one when the current is forgotten. Other sessions end.
   */
  setPassword: action({
    input: z.object({ code: smsCodeSchema, next: newPasswordSchema }).strict(),
    output: z.object({ changed: z.literal(true), me: meSchema }),
  }),
  /** Change one's own password (a staff account's one-time password must be changed first). */
  changePassword: action({
    input: z.object({ current: secret(1, 128), next: newPasswordSchema }).strict(),
    output: z.object({ changed: z.literal(true), me: meSchema }),
  }),

  /** First use and 更换社区: the communities, nearest first when a position (GCJ-02) is given. */
  communities: action({
    input: z
      .object({ lng: z.number().min(-180).max(180).optional(), lat: z.number().min(-90).max(90).optional() })
      .strict(),
    output: z.object({ items: z.array(communityChoice) }),
    idempotent: true,
  }),
  /** First use: the community and what the person is. Roles that need proof become applications. */
  onboard: action({
    input: roleRequestSchema.extend({ communityId: id, displayName: displayNameSchema.optional() }).strict(),
    output: z.object({ me: meSchema, outcomes: z.array(roleOutcome) }),
  }),
  /** Later: ask for more roles (the same rules as first use). */
  requestRoles: action({
    input: roleRequestSchema,
    output: z.object({ me: meSchema, outcomes: z.array(roleOutcome) }),
  }),
  /** 我的身份: roles held, applications and the rider verification. */
  myRoles: action({
    input: noInput,
    output: z.object({
      held: meSchema.shape.roles,
      applications: z.array(applicationSchema),
      rider: z.object({
        verified: z.boolean(),
        status: z.enum(['pending', 'approved', 'rejected']).nullable(),
        reason: z.string().nullable(),
      }),
    }),
    idempotent: true,
  }),
  withdrawApplication: action({
    input: z.object({ applicationId: id }).strict(),
    output: applicationSchema,
  }),
  /** Name, avatar, birth year. */
  updateProfile: action({
    input: z
      .object({
        displayName: displayNameSchema.optional(),
        avatar: avatarSchema.nullable().optional(),
        birthYear: birthYearSchema.nullable().optional(),
      })
      .strict(),
    output: meSchema,
  }),
  /** Bind a phone: weapp sends getPhoneNumber's code (verified by WeChat); H5 types it. */
  bindPhone: action({
    input: z
      .object({ phone: phoneSchema.optional(), code: text(128).min(8, '手机号授权码不正确').optional() })
      .strict()
      .refine((x) => Boolean(x.phone) !== Boolean(x.code), '请输入手机号，或使用微信手机号快速验证'),
    output: meSchema,
  }),
  /** Move to another community (between parks); the history is kept. */
  changeCommunity: action({
    input: z.object({ communityId: id }).strict(),
    output: z.object({ me: meSchema, movedApplications: z.number() }),
  }),
  /** The confirmation screen of account deletion: exactly what goes and what stays. */
  deletionPreview: action({
    input: noInput,
    output: z.object({
      goes: z.array(z.string()),
      stays: z.array(z.string()),
      /** Live bookings and registrations that will keep their seats (anonymously) unless cancelled first. */
      upcoming: z.number(),
      /** Why the account cannot be deleted now (the last admin), else null. */
      blockedBy: z.string().nullable(),
    }),
    idempotent: true,
  }),
  /** Leave: personal data erased or anonymised, sessions ended, grants revoked (PIPL). */
  deleteAccount: action({
    input: z.object({ confirm: z.literal('注销', { errorMap: () => ({ message: '请输入“注销”以确认' }) }) }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  }),
  /** Everything the app holds about the caller, as one JSON file. */
  myData: action({
    input: noInput,
    output: z.object({ fileName: z.string(), json: z.string() }),
    idempotent: true,
  }),
  /** Social worker: their community's pending applications and rider verifications, oldest first. */
  reviewQueue: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({ items: z.array(reviewItemSchema) }),
    idempotent: true,
  }),
  /** Social worker: approve or reject (with a reason) an enterprise or expert application. */
  reviewApplication: action({
    input: z
      .object({
        applicationId: id,
        approve: z.boolean(),
        reason: text(100).optional(),
        /** A liaison whose enterprise is recorded now (or has no grid yet): the grid it belongs to. */
        gridId: id.optional(),
      })
      .strict(),
    output: applicationSchema,
  }),
}

export { holds } from './roles'
