import { createHmac, timingSafeEqual } from 'node:crypto'
import { canonicalJson } from './canonical-json'

/**
 * A statement about the chain signed with the audit key (checkpoints, the verified mark):
 * HMAC-SHA256 over a purpose tag and the statement's canonical JSON, so a signature made
 * for one purpose never passes for another.
 */
export function signStatement(key: string, purpose: string, statement: object): string {
  return createHmac('sha256', key).update(`atrium-${purpose}:`).update(canonicalJson(statement)).digest('hex')
}

/** Whether `signature` is the key's signature of the statement (compared in constant time). */
export function signatureMatches(key: string, purpose: string, statement: object, signature: string | undefined): boolean {
  const expected = Buffer.from(signStatement(key, purpose, statement), 'hex')
  const given = Buffer.from(signature ?? '', 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
