import { randomBytes } from 'node:crypto'

// No 0/O, 1/I/L: codes are read aloud and typed at a counter.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A registration code (8 characters, ~39 bits): unguessable enough for a door check. */
export function newCode(): string {
  const bytes = randomBytes(8)
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')
}

/** What people type: trimmed, upper-cased, separators dropped. */
export const normalizeCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '')
