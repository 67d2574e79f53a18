// How a refused input is put into words, without zod: the client says it with no schema library
// loaded (src/services/call.ts), the server through contract/zod-zh.ts.

/** A field as people read it in a message. */
export function where(path: readonly (string | number)[]): string {
  return path.length ? `「${path.join('.')}」` : '请求'
}

/** The first issue as one Chinese sentence: what the user sees in a toast. */
export function describeIssues(issues: readonly { message: string; path: (string | number)[] }[]): string {
  const first = issues[0]
  // Messages set on a check (the contract's shared shapes) name their field as {at}.
  return first ? first.message.replace('{at}', where(first.path)) : '请求内容不正确'
}
