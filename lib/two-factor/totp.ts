import { Secret, TOTP } from 'otpauth'

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const TOTP_SETTINGS = { issuer: 'Atrium', algorithm: 'SHA1', digits: 6, period: 30 } as const

/** 160 random bits, as RFC 4226 recommends, in the base32 people type into their app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpOf(secretBase32: string, label = '') {
  return new TOTP({ ...TOTP_SETTINGS, label, secret: Secret.fromBase32(secretBase32) })
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totpOf(secretBase32, accountName).toString()
}

/** The code for a moment (tests compute what a person's app shows). */
export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpOf(secretBase32).generate({ timestamp })
}

/**
 * The time step the code belongs to if it is right now or one step either side (a phone's
 * clock drifts), else null. The caller refuses a step it has already accepted.
 */
export function matchingStep(secretBase32: string, code: string, timestamp = Date.now()): number | null {
  const token = code.replace(/[\s-]/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const totp = totpOf(secretBase32)
  const delta = totp.validate({ token, timestamp, window: 1 })
  return delta === null ? null : totp.counter({ timestamp }) + delta
}

/** A key typed by hand reads better in groups of four. */
export const groupedKey = (secretBase32: string) => secretBase32.match(/.{1,4}/g)!.join(' ')
