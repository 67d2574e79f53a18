import { z } from 'zod'
import { action, noInput, secret, text, STORABLE, UNSTORABLE_MESSAGE } from './define'
import { ROLES } from './roles'

/** Passwords: at least this long and not on the common-password list (server/auth/password-policy.ts). */
export const PASSWORD_MIN_LENGTH = 10

export const roleSchema = z.enum(ROLES)

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
  /** Every role held now, with its scope in words (社工 · 灵峰工业社区). */
  roles: z.array(z.object({ role: roleSchema, label: z.string(), scope: z.string().nullable() })),
  avatar: z.string().nullable(),
  /** A staff account's one-time password: it must be changed before anything else. */
  mustChangePassword: z.boolean(),
  /** Has chosen a community and what they are (a new WeChat user has not). */
  onboarded: z.boolean(),
})
export type Me = z.infer<typeof meSchema>

const sessionSchema = z.object({ token: z.string(), expiresAt: z.string(), me: meSchema })

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
  /**
   * Change one's own password (a one-time password must be changed before anything else). The
   * other sessions of the account end; this one stays.
   */
  changePassword: action({
    input: z
      .object({
        currentPassword: z.string().min(1, '请输入当前密码').max(128).regex(STORABLE, UNSTORABLE_MESSAGE),
        newPassword: z
          .string()
          .min(PASSWORD_MIN_LENGTH, `新密码至少 ${PASSWORD_MIN_LENGTH} 个字符`)
          .max(128)
          .regex(STORABLE, UNSTORABLE_MESSAGE),
      })
      .strict(),
    output: z.object({ changed: z.literal(true), me: meSchema }),
  }),
}
