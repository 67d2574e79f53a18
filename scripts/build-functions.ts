// Bundle each cloud function into its own folder: cloudfunctions/<name>/index.js next to its
// package.json and config.json, so every folder uploads to WeChat's cloud as-is.
// Shared server code (server/, contract/) is bundled into each function; demo seeds never are
// (cloudfunctions/seeds.ts is not imported by any function). Minified — WeChat pays for every byte
// it loads on each cold start — with index.js.map beside it for stack traces
// (node --enable-source-maps, or any source-map tool); `npm run size` holds each to a budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(__dirname, '..', 'cloudfunctions')

export async function buildFunctions(): Promise<{ name: string; bytes: number }[]> {
  const out: { name: string; bytes: number }[] = []
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name)
    const entry = path.join(dir, 'index.ts')
    if (!existsSync(entry)) continue
    for (const f of ['package.json', 'config.json']) {
      if (!existsSync(path.join(dir, f))) throw new Error(`cloudfunctions/${name}/${f} is missing`)
    }
    JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))
    await build({
      entryPoints: [entry],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify: true,
      // Error messages and logs may name classes and functions: keep the names, mangle the rest.
      keepNames: true,
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'warning',
      // wx-server-sdk comes from the function's package.json (installed in the cloud);
      // PGlite is for the local gateway only (functions use DATABASE_URL); pg's optional natives.
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native', 'pg-cloudflare'],
      banner: { js: '// Built by scripts/build-functions.ts from index.ts — do not edit.' },
    })
    out.push({ name, bytes: statSync(path.join(dir, 'index.js')).size })
  }
  return out
}

if (require.main === module) {
  buildFunctions().then(
    (built) => {
      for (const b of built) console.log(`云函数 ${b.name.padEnd(12)} index.js ${(b.bytes / 1024).toFixed(0)} KB`)
    },
    (e) => {
      console.error('云函数构建失败：', e)
      process.exit(1)
    },
  )
}
