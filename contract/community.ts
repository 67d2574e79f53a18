import { z } from 'zod'
import { action, id, noInput } from './define'

export const communitySchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  district: z.string(),
  street: z.string(),
  address: z.string(),
  enterprises: z.number().nullable(),
  workers: z.number().nullable(),
  motto: z.string(),
  intro: z.string(),
  /** GCJ-02 (the coordinate system of WeChat's and Tencent's maps). */
  lng: z.number(),
  lat: z.number(),
})
export type Community = z.infer<typeof communitySchema>

export const communityContract = {
  /** Home page: the asker's community (or the default one), and the list to switch to. */
  home: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      community: communitySchema,
      communities: z.array(z.object({ id: z.number(), name: z.string(), district: z.string() })),
      /**
       * 接下来 for the signed-in person, soonest first (at most 3): their next booking,
       * registration, mentor hour, a deadline they hold — from every feature's `next`.
       */
      next: z.array(
        z.object({
          label: z.string(),
          title: z.string(),
          at: z.string(),
          url: z.string(),
          overdue: z.boolean(),
        }),
      ),
    }),
    idempotent: true,
  }),
  /** Does nothing but answer: the baseline for gateway throughput benchmarks and health checks. */
  ping: action({ input: noInput, output: z.object({ pong: z.literal(true) }), idempotent: true }),
}
