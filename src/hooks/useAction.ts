import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../contract'
import { call, CallError } from '../services/call'

export interface ActionState<T> {
  data: T | undefined
  error: CallError | undefined
  loading: boolean
  reload: () => Promise<void>
}

/** Load data for a page through `call`, with loading and error state for <PageState>. */
export function useAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  deps: unknown[] = [],
): ActionState<OutputOf<F, A>> {
  const [data, setData] = useState<OutputOf<F, A>>()
  const [error, setError] = useState<CallError>()
  const [loading, setLoading] = useState(true)
  const inputRef = useRef(input)
  inputRef.current = input

  const reload = useCallback(async () => {
    setLoading(true)
    setError(undefined)
    try {
      setData(await call(fn, action, inputRef.current, { loading: false, toast: false }))
    } catch (e) {
      setError(e as CallError)
    } finally {
      setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fn, action, ...deps])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}
