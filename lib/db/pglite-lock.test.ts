import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirectoryLockedError, lockDataDirectory } from './pglite-lock'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

describe('the embedded database lock', () => {
  it('makes a second process fail at once, naming the directory and the process holding it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-lock-'))
    dirs.push(dir)
    // Another process takes the lock and keeps running.
    const holder = spawn(process.execPath, [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'atrium.lock'))}, String(process.pid)); setInterval(() => {}, 1000)`,
    ])
    try {
      await expect.poll(() => fs.existsSync(path.join(dir, 'atrium.lock'))).toBe(true)
      const error = (() => {
        try {
          lockDataDirectory(dir)
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(DataDirectoryLockedError)
      expect((error as Error).message).toContain(dir)
      expect((error as Error).message).toContain(`process ${holder.pid}`)
    } finally {
      holder.kill()
    }
    await new Promise((resolve) => holder.once('exit', resolve))
    // Once the holder is gone its lock is stale and is taken over.
    const lock = lockDataDirectory(dir)
    expect(fs.readFileSync(path.join(dir, 'atrium.lock'), 'utf8')).toBe(String(process.pid))
    lock.release()
    expect(fs.existsSync(path.join(dir, 'atrium.lock'))).toBe(false)
  })
})
