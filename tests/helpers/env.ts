// Quiet structured logs in tests; each test sets demo mode itself where it matters.
process.env.LIANSHE_LOG = 'silent'
delete process.env.LIANSHE_DEMO
delete process.env.DATABASE_URL
