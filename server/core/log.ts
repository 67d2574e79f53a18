/** Structured logs: one JSON object per line on stdout. Never pass secrets or request bodies here. */
export type LogFields = Record<string, unknown>

const quiet = () => process.env.LIANSHE_LOG === 'silent'

function write(level: 'info' | 'warn' | 'error', msg: string, fields: LogFields = {}) {
  if (quiet()) return
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields })
  if (level === 'error') process.stderr.write(line + '\n')
  else process.stdout.write(line + '\n')
}

export const log = {
  info: (msg: string, fields?: LogFields) => write('info', msg, fields),
  warn: (msg: string, fields?: LogFields) => write('warn', msg, fields),
  error: (msg: string, fields?: LogFields) => write('error', msg, fields),
}
