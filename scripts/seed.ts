// `npm run seed`: the demo content (communities, stations, canteens, activities, one demo account
// per role) into the database the gateway would use — DATABASE_URL, or the embedded one in
// LIANSHE_DATA_DIR (.data/pglite). Idempotent. Stop the gateway first on the embedded database
// (PGlite is one process's). `npm start` seeds by itself in demo mode.
import { FEATURES } from '../cloudfunctions/features'
import { createRuntime } from '../server/core/runtime'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'

async function main() {
  if (process.env.NODE_ENV === 'production') {
    console.error('演示数据不能导入生产环境（NODE_ENV=production）')
    process.exit(2)
  }
  const url = process.env.DATABASE_URL
  const dataDir = process.env.LIANSHE_DATA_DIR ?? '.data/pglite'
  const runtime = createRuntime({ features: FEATURES, database: { url, dataDir } })
  const counts = await seedDemo(runtime, SEEDS)
  console.log(`演示数据已就绪（${url ? 'PostgreSQL' : dataDir}）：`, JSON.stringify(counts))
  await (await runtime.database()).destroy()
}

main().catch((e) => {
  console.error('导入演示数据失败：', e)
  process.exit(1)
})
