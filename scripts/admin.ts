// `npm run admin -- create --username <name> --name <姓名> [--phone <手机号>] [--force]`
// The first admin of a real deployment (no demo mode): prints a one-time password, which must be
// changed at first sign-in. Refuses when an admin exists unless --force. Runs on the database the
// gateway would use: DATABASE_URL, or the embedded one in LIANSHE_DATA_DIR (.data/pglite; stop
// the gateway first — PGlite is one process's).
import { parseArgs } from 'node:util'
import { FEATURES } from '../cloudfunctions/features'
import { AppError } from '../server/core/app-error'
import { createRuntime } from '../server/core/runtime'
import { createFirstAdmin } from '../server/people/first-admin'

const USAGE = `用法：npm run admin -- create --username <用户名> --name <姓名> [--phone <手机号>] [--force]`

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      phone: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  })
  if (positionals[0] !== 'create' || !values.username || !values.name) {
    console.error(USAGE)
    process.exit(2)
  }
  const url = process.env.DATABASE_URL
  const dataDir = process.env.LIANSHE_DATA_DIR ?? '.data/pglite'
  const runtime = createRuntime({ features: FEATURES, database: { url, dataDir } })
  try {
    const r = await createFirstAdmin(runtime, {
      username: values.username,
      displayName: values.name,
      phone: values.phone,
      force: values.force,
    })
    console.log(`已创建管理员 ${r.username}（${url ? 'PostgreSQL' : dataDir}）`)
    console.log(`一次性密码：${r.oneTimePassword}`)
    console.log('请当面交给本人；首次登录后必须修改密码。此密码不会再次显示。')
  } catch (e) {
    if (e instanceof AppError) {
      console.error(e.message)
      process.exitCode = 1
    } else throw e
  } finally {
    await (await runtime.database()).destroy()
  }
}

main().catch((e) => {
  console.error('创建管理员失败：', e)
  process.exit(1)
})
