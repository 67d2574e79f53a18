import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../contract'
import { call, CallError } from '../services/call'

export interface DataState<T> {
  data: T | undefined
  error: CallError | undefined
  /** True while loading for the current inputs (not during a refresh on page show). */
  loading: boolean
  /** Load again now (after a change the page made). */
  reload: () => Promise<void>
  /** Replace the data on screen (after a change whose answer says what it now is). */
  set: (data: T | ((old: T | undefined) => T | undefined)) => void
}

const needsSignIn = (e: CallError) => e.code === 'UNAUTHENTICATED' || e.code === 'SESSION_EXPIRED'

/**
 * A page's data, with the loading and error state <PageState> shows. Loads on mount and when
 * `deps` change; loads again, quietly, each time the page shows again (back from another page, the
 * app back in the foreground, a tab switched to), so what the user returns to is current. A quiet
 * refresh keeps the data on screen; if it fails, the data stays unless the session has ended.
 */
export function useData<T>(loader: () => Promise<T>, deps: unknown[]): DataState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<CallError>()
  const [loading, setLoading] = useState(true)
  const loaderRef = useRef(loader)
  loaderRef.current = loader
  // Only the latest load may write: an older answer arriving late is dropped.
  const seq = useRef(0)
  const hasData = useRef(false)

  const run = useCallback(async (quiet: boolean) => {
    const mine = ++seq.current
    if (!quiet) {
      setLoading(true)
      setError(undefined)
    }
    try {
      const value = await loaderRef.current()
      if (mine !== seq.current) return
      hasData.current = true
      setData(value)
      setError(undefined)
    } catch (e) {
      if (mine !== seq.current) return
      const err = e instanceof CallError ? e : new CallError('INTERNAL', '服务暂时不可用，请稍后再试')
      if (!quiet || !hasData.current || needsSignIn(err)) setError(err)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  const reload = useCallback(() => run(false), [run])

  useEffect(() => {
    void run(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  // The first show is the mount's load; later shows refresh.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void run(true)
    shown.current = true
  })

  const set = useCallback((next: T | ((old: T | undefined) => T | undefined)) => {
    // A change made on the page outranks any load still in flight.
    seq.current++
    hasData.current = true
    setLoading(false)
    setData(next as T)
  }, [])

  return { data, error, loading, reload, set }
}

/** One action's answer as a page's data (see useData): `useAction('canteen', 'list', {})`. */
export function useAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  deps: unknown[] = [],
): DataState<OutputOf<F, A>> {
  return useData(() => call(fn, action, input, { loading: false, toast: false }), [fn, action, ...deps])
}
