// `npm start`: build the H5 app, then start the local gateway on the embedded database in
// demo mode (seeded demo content). Set LIANSHE_SKIP_BUILD=1 to reuse an existing dist/h5.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const env = { ...process.env, LIANSHE_DEMO: process.env.LIANSHE_DEMO ?? '1' }

function buildH5() {
  return new Promise((resolve) => {
    const t0 = Date.now()
    process.stdout.write('正在构建 H5 应用（约 30–60 秒）')
    // Taro's own progress bar is noisy; keep its output for when the build fails.
    const child = spawn(process.execPath, ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'h5'], {
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const tick = setInterval(() => process.stdout.write('.'), 3000)
    child.on('exit', (code) => {
      clearInterval(tick)
      const ok = code === 0 && existsSync('dist/h5/index.html')
      process.stdout.write(ok ? ` 完成（${((Date.now() - t0) / 1000).toFixed(0)} 秒）\n` : ' 失败\n')
      if (!ok) console.error(output.slice(-4000))
      resolve(ok)
    })
  })
}

if (process.env.LIANSHE_SKIP_BUILD === '1' && existsSync('dist/h5/index.html')) {
  console.log('跳过 H5 构建（LIANSHE_SKIP_BUILD=1）')
} else if (!(await buildH5())) {
  console.error('H5 构建失败，请运行 npm run build:h5 查看详细错误')
  process.exit(1)
}

const gateway = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal))
gateway.on('exit', (code) => process.exit(code ?? 0))
