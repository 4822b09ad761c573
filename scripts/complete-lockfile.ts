/**
 * The npm mirror these machines use serves only the linux-x64 builds of packages that
 * ship one build per platform, so `npm install` leaves the other platforms' optional
 * packages out of package-lock.json and `npm ci` then refuses the lock as out of sync.
 * This adds each missing platform package to the lock with its os/cpu, which is all
 * `npm ci` needs to skip it on a machine of another platform.
 *
 * Run after changing dependencies: npm install && npx tsx scripts/complete-lockfile.ts
 */
import fs from 'node:fs'
import path from 'node:path'

interface LockEntry {
  version?: string
  optionalDependencies?: Record<string, string>
  [key: string]: unknown
}

const lockPath = path.resolve(import.meta.dirname, '../package-lock.json')
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { packages: Record<string, LockEntry> }

const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'sunos', 'aix'] as const
const CPU: Record<string, string> = { arm64: 'arm64', x64: 'x64', arm: 'arm', ia32: 'ia32', wasm32: 'wasm32', gnueabihf: 'arm' }

function platformOf(name: string): { os?: string[]; cpu?: string[] } {
  const parts = name.split('/').pop()!.split('-')
  const os = OS.find((candidate) => parts.includes(candidate))
  const cpu = parts.map((part) => CPU[part]).find(Boolean)
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) }
}

let added = 0
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue
    const platform = platformOf(name)
    if (!platform.os && !platform.cpu) continue
    lock.packages[`node_modules/${name}`] = { version, ...platform, optional: true }
    added++
    console.log(`added ${name}@${version} (${[...(platform.os ?? []), ...(platform.cpu ?? [])].join(', ')})`)
  }
}
if (added) fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n')
console.log(added ? `package-lock.json: ${added} platform packages added` : 'package-lock.json is complete')
