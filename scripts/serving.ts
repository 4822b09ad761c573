import type { ChildProcess } from 'node:child_process'

/** Whether a server answers at `url` with a success now. */
export async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { redirect: 'manual' })).ok
  } catch {
    return false
  }
}

/** Waits until the server `child` runs answers at `url` (its health endpoint); throws if it exits or the time runs out. */
export async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    if (await answers(url)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000} s`)
}
