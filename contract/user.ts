import { z } from 'zod'
import { action, noInput, secret, text } from './define'
import { ROLES } from './roles'

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
}
