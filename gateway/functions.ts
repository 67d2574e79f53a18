import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

export type Main = (event: unknown, context?: unknown) => Promise<unknown>

export interface TimerTrigger {
  name: string
  config: string
}

export interface LoadedFunction {
  name: string
  main: Main
  timers: TimerTrigger[]
}

export const FUNCTIONS_DIR = path.resolve(__dirname, '..', 'cloudfunctions')

/**
 * Every folder under cloudfunctions/ is one function: its `main` and the timer triggers its
 * config.json declares — exactly what WeChat's cloud deploys.
 */
export async function loadFunctions(dir = FUNCTIONS_DIR): Promise<Map<string, LoadedFunction>> {
  const out = new Map<string, LoadedFunction>()
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name)
    const entry = path.join(folder, 'index.ts')
    if (!existsSync(entry)) continue
    const mod = (await import(entry)) as { main?: Main }
    if (typeof mod.main !== 'function') throw new Error(`cloudfunctions/${name}/index.ts has no main`)
    const configPath = path.join(folder, 'config.json')
    const config = existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {}
    const timers: TimerTrigger[] = (config.triggers ?? [])
      .filter((t: { type?: string }) => t.type === 'timer')
      .map((t: { name: string; config: string }) => ({ name: t.name, config: t.config }))
    out.set(name, { name, main: mod.main, timers })
  }
  return out
}
