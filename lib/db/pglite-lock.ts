import fs from 'node:fs'
import path from 'node:path'

/**
 * PGlite has no lock of its own: two processes on one data directory silently lose
 * data. This exclusive lock file makes the second process fail at once instead.
 */
export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError'
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function describeProcess(pid: number): string {
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
    return command ? `process ${pid} (${command.slice(0, 120)})` : `process ${pid}`
  } catch {
    return `process ${pid}`
  }
}

export interface DirectoryLock {
  release(): void
}

export function lockDataDirectory(dataDir: string): DirectoryLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockFile = path.join(dataDir, 'atrium.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      const release = () => {
        process.off('exit', release)
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile)
        } catch {
          // Already gone.
        }
      }
      process.on('exit', release)
      return { release }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10)
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new DataDirectoryLockedError(
          `The embedded database in ${dataDir} is in use by ${describeProcess(holder)}. ` +
            'Stop that process first, or set DATABASE_URL to use PostgreSQL for more than one process.',
        )
      }
      // Left behind by a process that is gone (or by this one): take it over.
      fs.rmSync(lockFile, { force: true })
    }
  }
  throw new DataDirectoryLockedError(`Could not lock ${dataDir}`)
}
