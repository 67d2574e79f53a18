// Bundle each cloud function into its own folder: cloudfunctions/<name>/index.js next to its
// package.json and config.json, so every folder uploads to WeChat's cloud as-is.
// Shared server code (server/, contract/) is bundled into each function; demo seeds never are
// (cloudfunctions/seeds.ts is not imported by any function), nor the large libraries loaded only
// when used (LAZY_PACKAGES: from the function's package.json, installed in the cloud). Minified — WeChat pays for every byte
// it loads on each cold start — with index.js.map beside it for stack traces
// (node --enable-source-maps, or any source-map tool); `npm run size` holds each to a budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { build, type Plugin } from 'esbuild'

const root = path.resolve(__dirname, '..', 'cloudfunctions')

/**
 * Large libraries a function loads only when an action needs them (`await import(…)`): exceljs
 * with its zip stack (~1.1 MB, server/sheets.ts) and pinyin-pro (~460 KB, server/text/pinyin.ts).
 * Bundled, they were parsed on every cold start; left out, they are installed in the cloud from
 * the function's package.json (as wx-server-sdk is) and read from disk the first time a sheet is
 * read or written or a search column computed. A function whose code imports one must list it
 * there at the app's version: the build checks.
 */
export const LAZY_PACKAGES = ['exceljs', 'pinyin-pro']
const appDependencies: Record<string, string> = JSON.parse(
  readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8'),
).dependencies

/**
 * pg picks its socket at load (lib/stream.js): to tell Node from a Cloudflare Worker it builds a
 * `new Response(…)` where there is no `navigator` (Node before 21, as in WeChat's cloud), which
 * loads Node's whole fetch implementation (undici) — 20–40 ms of every cold start for a socket
 * a function never uses. Functions run on Node: they get pg's own Node branch, nothing else.
 */
const pgNodeStream: Plugin = {
  name: 'pg-node-stream',
  setup(b) {
    b.onResolve({ filter: /^\.\/stream$/ }, (args) =>
      /[\\/]node_modules[\\/]pg[\\/]lib[\\/]connection\.js$/.test(args.importer)
        ? { path: 'pg-node-stream', namespace: 'pg-node-stream' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'pg-node-stream' }, () => ({
      contents: `module.exports = {
        getStream: () => new (require('net').Socket)(),
        getSecureStream: (options) => require('tls').connect(options),
      }`,
      loader: 'js',
    }))
  },
}

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
    const result = await build({
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
      // The lazily loaded large libraries come from the function's package.json too (LAZY_PACKAGES).
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native', 'pg-cloudflare', ...LAZY_PACKAGES],
      banner: { js: '// Built by scripts/build-functions.ts from index.ts — do not edit.' },
      metafile: true,
      plugins: [pgNodeStream],
    })
    // What the bundle still imports after tree-shaking (the output's imports, not its inputs').
    const imported = new Set<string>()
    for (const output of Object.values(result.metafile.outputs)) {
      for (const i of output.imports) if (i.external && LAZY_PACKAGES.includes(i.path)) imported.add(i.path)
    }
    const declared = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {}
    for (const lib of imported) {
      if (declared[lib] !== appDependencies[lib]) {
        throw new Error(
          `cloudfunctions/${name} loads ${lib}: add "${lib}": "${appDependencies[lib]}" to cloudfunctions/${name}/package.json dependencies (installed in the cloud)`,
        )
      }
    }
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
