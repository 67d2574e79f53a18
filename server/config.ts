/** Runtime settings, all from the environment. */
export const settings = {
  /** Demo mode: one-tap demo sign-in and demo seed. `npm start` turns it on; never in production. */
  get demo(): boolean {
    return process.env.LIANSHE_DEMO === '1' && process.env.NODE_ENV !== 'production'
  },
  /**
   * Connections each process may hold on a PostgreSQL server (LIANSHE_DB_POOL, default 10). With
   * N gateways (or cloud-function instances) the server needs N × this plus a few for itself;
   * README "Switching to a PostgreSQL server" says how to size it.
   */
  get dbPoolSize(): number {
    const raw = process.env.LIANSHE_DB_POOL
    if (raw === undefined || raw.trim() === '') return 10
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw new Error(`LIANSHE_DB_POOL should be a whole number from 1 to 1000, not "${raw}"`)
    return n
  },
  /** Enterprises may publish and run their own activities (LIANSHE_ENTERPRISE_ACTIVITIES=1). */
  get enterpriseActivities(): boolean {
    return process.env.LIANSHE_ENTERPRISE_ACTIVITIES === '1'
  },
}
