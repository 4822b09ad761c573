import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './config'
import { newRootKeyEntry } from './crypto/root-keys'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-config-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

describe('parseConfig', () => {
  it('runs embedded with no settings, generating its secrets once into the data directory', () => {
    const dir = tempDir()
    const first = parseConfig({ ATRIUM_DATA_DIR: dir })
    expect(first.database).toEqual({ kind: 'pglite', dataDir: path.join(dir, 'pglite') })
    expect(first.port).toBe(3000)
    expect(first.authSecrets[0]!.length).toBeGreaterThanOrEqual(32)
    const second = parseConfig({ ATRIUM_DATA_DIR: dir })
    expect(second.authSecrets).toEqual(first.authSecrets)
    expect(second.auditKey).toBe(first.auditKey)
    expect(first.encryptionKeys.newest.version).toBe(1)
    expect(second.encryptionKeys.newest.key.equals(first.encryptionKeys.newest.key)).toBe(true)
    expect(fs.statSync(path.join(dir, 'encryption-keys')).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.join(dir, 'auth-secret')).mode & 0o777).toBe(0o600)
  })

  it('refuses to run on PostgreSQL in production without AUTH_SECRET and AUDIT_KEY', () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/atrium', ATRIUM_DATA_DIR: tempDir() }
    expect(() => parseConfig(env)).toThrow(ConfigError)
    expect(() => parseConfig(env)).toThrow('AUTH_SECRET and AUDIT_KEY must be set')
    const secrets = { AUTH_SECRET: 'n'.repeat(32) + ',' + 'o'.repeat(32), AUDIT_KEY: 'k'.repeat(32) }
    expect(() => parseConfig({ ...env, ...secrets })).toThrow('ATRIUM_ENCRYPTION_KEYS must be set')
    const ok = parseConfig({ ...env, ...secrets, ATRIUM_ENCRYPTION_KEYS: `${newRootKeyEntry(1)},${newRootKeyEntry(2)}` })
    expect(ok.encryptionKeys.newest.version).toBe(2)
    expect([...ok.encryptionKeys.byVersion.keys()]).toEqual([1, 2])
    expect(ok.database).toEqual({ kind: 'postgres', url: 'postgresql://db/atrium', migrationUrl: 'postgresql://db/atrium' })
    expect(ok.authSecrets).toEqual(['n'.repeat(32), 'o'.repeat(32)])
  })

  it('refuses encryption keys that are malformed, short, repeated or not random', () => {
    const env = { ATRIUM_DATA_DIR: tempDir() }
    const refused = (ATRIUM_ENCRYPTION_KEYS: string) => () => parseConfig({ ...env, ATRIUM_ENCRYPTION_KEYS })
    expect(refused('')).toThrow('ATRIUM_ENCRYPTION_KEYS: list at least one key')
    expect(refused('secret')).toThrow('write each key as v<version>:<base64url>')
    expect(refused(`v1:${Buffer.alloc(16, 7).toString('base64url')}`)).toThrow('key v1 must be 32 bytes')
    expect(refused(`v1:${Buffer.from('a'.repeat(32)).toString('base64url')}`)).toThrow('key v1 is too weak')
    expect(refused(`${newRootKeyEntry(3)},${newRootKeyEntry(3)}`)).toThrow('key v3 is listed twice')
  })

  it('names every invalid setting', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x', PORT: 'abc', AUTH_SECRET: 'short', ATRIUM_DATA_DIR: tempDir() })).toThrow(
      /DATABASE_URL: must start with postgres:\/\/[\s\S]*AUTH_SECRET[\s\S]*PORT/,
    )
  })
})
