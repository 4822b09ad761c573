/**
 * What the benchmarks share: a production server of this checkout in benchmark mode
 * (ATRIUM_BENCH=1: statements counted, the floor route served) on the configured
 * database, and a signed-in session on it.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { projectRoot } from '@/lib/db/migrations/runner'
import { answers, waitUntilServing } from '../serving'

export interface BenchConsole {
  base: string
  cookie: string
  /** The SQL statements the server has sent so far. */
  statements(): Promise<number>
  stop(): Promise<void>
}

export async function startBenchConsole({
  port = Number(process.env.BENCH_PORT ?? 3999),
  email = 'admin@acme.test',
} = {}): Promise<BenchConsole> {
  if (!fs.existsSync(path.join(projectRoot, '.next/BUILD_ID'))) {
    console.log('Building Atrium…')
    const build = spawnSync(path.join(projectRoot, 'node_modules/.bin/next'), ['build'], { cwd: projectRoot, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('the build failed')
  }
  const base = `http://127.0.0.1:${port}`
  if (await answers(`${base}/api/health`)) throw new Error(`something already listens on port ${port}: stop it first`)
  const server = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/server.ts'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ATRIUM_BENCH: '1' },
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve()
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })
  let cookie: string
  try {
    await waitUntilServing(`${base}/api/health`, server, 120_000)
    cookie = await signIn(base, email)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    base,
    cookie,
    async statements() {
      const response = await fetch(`${base}/api/bench/statements`, { headers: { cookie } })
      return ((await response.json()) as { statements: number }).statements
    },
    stop,
  }
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((line) => line.split(';')[0]!)

const HTML_ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' }
const unescapeHtml = (text: string) => text.replace(/&(quot|#x27|#39|lt|gt|amp);/g, (entity) => HTML_ENTITIES[entity]!)

/** What a sign-in through the page answered: the session cookie, or the message the person would read. */
export type FormSignIn = { cookie: string } | { refusal: string }

/** The sign-in page's own hidden action fields, as a browser without JavaScript posts them back. */
export async function signInFormFields(base: string): Promise<[string, string][]> {
  const page = await (await fetch(`${base}/login`)).text()
  return [...page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(([, name, value]) => [
    name!,
    unescapeHtml(value ?? ''),
  ])
}

/**
 * Signs in by posting the sign-in page's form as a browser without JavaScript does (the
 * page's hidden action fields, then email and password): the one way in, with the limiter.
 */
export async function signInThroughForm(base: string, email: string, password: string, fields?: [string, string][]): Promise<FormSignIn> {
  const form = new FormData()
  for (const [name, value] of fields ?? (await signInFormFields(base))) form.append(name, value)
  form.append('email', email)
  form.append('password', password)
  const response = await fetch(`${base}/login`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: base } })
  const session = cookiesOf(response).find((c) => c.startsWith('authjs.session-token='))
  if (session) return { cookie: session }
  const refusal = (await response.text()).match(/role="alert"[^>]*>([^<]+)</)?.[1]
  return { refusal: refusal ?? `HTTP ${response.status}` }
}

async function signIn(base: string, email: string): Promise<string> {
  const result = await signInThroughForm(base, email, DEMO_PASSWORD)
  if ('refusal' in result) throw new Error(`signing in as ${email} failed: ${result.refusal}`)
  return result.cookie
}

/** The median and the 95th percentile of a list of figures. */
export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return { median: at(0.5), p95: at(0.95) }
}
