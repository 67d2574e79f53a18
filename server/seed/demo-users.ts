import type { Role } from '../../contract/roles'

/** One demo account per role (demo mode only). Staff also get a username for password sign-in. */
export const DEMO_USERS: { role: Role; displayName: string; phone: string; username?: string }[] = [
  { role: 'rider', displayName: '骑手 王小哥', phone: '13812345601' },
  { role: 'worker', displayName: '职工 李芳', phone: '13812345602' },
  { role: 'entrepreneur', displayName: '青创客 陈晨', phone: '13812345603' },
  { role: 'enterprise', displayName: '企业联络员 张建国', phone: '13812345604' },
  { role: 'expert', displayName: '专家 周教授', phone: '13812345605' },
  { role: 'social_worker', displayName: '社工 刘敏', phone: '13812345606', username: 'demo_shegong' },
  { role: 'department', displayName: '区人社局 赵科长', phone: '13812345607', username: 'demo_bumen' },
  { role: 'admin', displayName: '管理员 孙磊', phone: '13812345608', username: 'demo_admin' },
]

/** Shared by the demo staff accounts; printed by `npm start` in demo mode only. */
export const DEMO_STAFF_PASSWORD = 'lianshe-demo'
