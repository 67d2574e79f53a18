import { z } from 'zod'

// Chinese messages for invalid input, so every rejected request reads well to a person.
// Field names are shown as given (they are the contract's keys).
import { describeIssues, where } from './problem-words'

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  date: '日期',
  undefined: '空',
  null: '空',
  nan: '无效数字',
}

export const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  const at = where(issue.path)
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type: {
      if (issue.received === 'undefined') return { message: `缺少${at}` }
      const name = typeNames[issue.expected]
      return { message: name ? `${at}应为${name}` : `${at}取值无效` }
    }
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `${at}含有不允许的字段：${issue.keys.join('、')}` }
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string') return { message: `${at}至少 ${issue.minimum} 个字` }
      if (issue.type === 'array') return { message: `${at}至少 ${issue.minimum} 项` }
      return { message: `${at}不能小于 ${issue.minimum}` }
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `${at}不能超过 ${issue.maximum} 个字` }
      if (issue.type === 'array') return { message: `${at}不能超过 ${issue.maximum} 项` }
      return { message: `${at}不能大于 ${issue.maximum}` }
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `${at}取值无效，可选：${issue.options.join('、')}` }
    case z.ZodIssueCode.invalid_string:
      return { message: `${at}格式不正确` }
    case z.ZodIssueCode.not_finite:
      return { message: `${at}必须是有效数字` }
    case z.ZodIssueCode.invalid_date:
      return { message: `${at}不是有效日期` }
    default:
      return { message: issue.message ?? `${at}${ctx.defaultError ? '不正确' : ''}` }
  }
}

z.setErrorMap(zhErrorMap)

/** First issue as one Chinese sentence: what the user sees in a toast. */
export const describeZodError = (error: z.ZodError): string => describeIssues(error.issues)
