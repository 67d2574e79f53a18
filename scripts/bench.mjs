// `npm run bench -- <name>` runs bench/<name>.ts (or bench/<name>/index.ts). Each benchmark
// measures ratios within one run and prints one JSON object with its figures as its last line.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'

const name = process.argv[2]
const entry = [`bench/${name}.ts`, `bench/${name}/index.ts`].find((p) => name && existsSync(p))
if (!entry) {
  const known = existsSync('bench')
    ? readdirSync('bench')
        .map((f) => f.replace(/\.ts$/, ''))
        .filter((f) => !f.startsWith('_'))
    : []
  console.error(`用法：npm run bench -- <名称>；可用：${known.join('、') || '（暂无）'}`)
  process.exit(2)
}
const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', entry, ...process.argv.slice(3)], {
  stdio: 'inherit',
  env: { ...process.env, LIANSHE_LOG: 'silent' },
})
child.on('exit', (code) => process.exit(code ?? 1))
