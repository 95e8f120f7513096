import { useEffect, useState } from 'react';

/**
 * `value` once `key` has stayed the same for `delayMs`: typing in the mapping table would
 * otherwise ask the API for a preview on every keystroke. The first value is taken at once, and so
 * is any value while `isImmediate` (e.g. back to the saved table), so an older value can never
 * resurface once the wait for a newer one starts.
 */
export function useDebounced<T>(value: T, key: string, delayMs: number, isImmediate = false): { readonly value: T; readonly key: string } {
  const [settled, setSettled] = useState({ value, key });
  // adjusting state while rendering (React's pattern for state derived from props): no stale frame
  if (isImmediate && settled.key !== key) setSettled({ value, key });
  useEffect(() => {
    if (key === settled.key) return undefined;
    const timer = setTimeout(() => setSettled({ value, key }), delayMs);
    return () => clearTimeout(timer);
    // the key stands for the value (a new object on every render), so it alone restarts the wait
  }, [key, delayMs, settled.key]);
  return isImmediate ? { value, key } : settled;
}
