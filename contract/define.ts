import { z } from 'zod'
import './zod-zh'

/**
 * One action of one cloud function: its input and output schemas.
 * `idempotent` marks reads the client may retry after a network failure; writes are never retried.
 */
export interface ActionContract<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  input: I
  output: O
  idempotent: boolean
}

export function action<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(spec: {
  input: I
  output: O
  idempotent?: boolean
}): ActionContract<I, O> {
  return { input: spec.input, output: spec.output, idempotent: spec.idempotent ?? false }
}

/** Input with no fields; unknown fields are still refused. */
export const noInput = z.object({}).strict()

export type FunctionContract = Record<string, ActionContract>

// Shared field shapes with limits, so no action accepts an unbounded string.
export const text = (max: number) => z.string().trim().max(max)
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

/** An enum schema over the keys of a label map (key → the Chinese label people read). */
export function keysOf<T extends Record<string, string>>(labels: T) {
  const keys = Object.keys(labels) as (keyof T & string)[]
  return z.enum(keys as [keyof T & string, ...(keyof T & string)[]])
}
