import { headers } from 'next/headers'
import { metaFromHeaders, type RequestMeta } from './client-address'

/** Where the request being served came from: its client address and user agent. */
export async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers())
}
