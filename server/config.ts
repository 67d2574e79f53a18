/** Runtime settings, all from the environment. */
export const settings = {
  /** Demo mode: one-tap demo sign-in and demo seed. `npm start` turns it on; never in production. */
  get demo(): boolean {
    return process.env.LIANSHE_DEMO === '1' && process.env.NODE_ENV !== 'production'
  },
  /** Enterprises may publish and run their own activities (LIANSHE_ENTERPRISE_ACTIVITIES=1). */
  get enterpriseActivities(): boolean {
    return process.env.LIANSHE_ENTERPRISE_ACTIVITIES === '1'
  },
}
