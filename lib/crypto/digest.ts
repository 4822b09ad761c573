import { createHash } from 'node:crypto'

/** SHA-256 in hex: how a random token (a link's, a ticket's) is stored, so the database never holds one that works. */
export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')
