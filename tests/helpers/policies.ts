/** A policy as staff would write it; `over` changes fields. */
export const policyInput = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  title: `测试政策 ${code}`,
  category: 'startup',
  topic: 'startup_subsidy',
  region: 'beilun',
  issuer: '北仑区人力资源和社会保障局',
  summary: '用于测试的一条政策，说明写得足够长。',
  benefitKind: 'cash',
  benefitMax: 20000,
  benefitText: '一次性补贴 2 万元',
  conditions: { all: [] },
  ...over,
})
