import { after } from 'next/server'

/**
 * Work whose cost must not show in the answer's timing (an audit entry a stranger could
 * otherwise time): after the response inside a request, right away anywhere else (tests,
 * scripts).
 */
export async function afterResponse(work: () => Promise<unknown>): Promise<void> {
  try {
    after(work)
  } catch {
    await work()
  }
}
