import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { availableParallelism } from 'node:os'

// scrypt (N=2^14, r=8, p=1): Node's built-in KDF; stored as scrypt$N$r$p$salt$hash (base64).
const N = 16384
const R = 8
const P = 1
const KEYLEN = 32

// Hashes run on libuv's threads; at most one fewer than the cores at a time, so a burst of
// sign-ins always leaves a core to the event loop (and the embedded database that runs on it).
const MAX_CONCURRENT = Math.max(1, availableParallelism() - 1)
let running = 0
const waiting: (() => void)[] = []

async function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((go) => waiting.push(go))
  else running++
  try {
    return await new Promise((resolve, reject) =>
      scrypt(password, salt, KEYLEN, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
        err ? reject(err) : resolve(key),
      ),
    )
  } finally {
    // Hand the slot straight to the next in line (running stays counted), or free it.
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, N, R, P)
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) {
    // Same work as a real check, so timing does not reveal which usernames exist.
    await derive(password, Buffer.alloc(16), N, R, P)
    return false
  }
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p))
  const expected = Buffer.from(hash, 'base64')
  return key.length === expected.length && timingSafeEqual(key, expected)
}
