import type { AiProvider } from '@/lib/generated/prisma/enums'
import { baseUrlOf } from './catalog'

/** The request that lists a provider's models with a key: the cheapest call that proves the key works. */
export function modelsRequest(
  provider: AiProvider,
  baseUrl: string | null,
  secret: string,
): { url: string; headers: Record<string, string> } {
  const base = baseUrlOf(provider, baseUrl)
  switch (provider) {
    case 'anthropic':
      return { url: `${base}/models`, headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01' } }
    case 'azure_openai':
      return { url: `${base}/openai/models?api-version=2024-10-21`, headers: { 'api-key': secret } }
    case 'google':
      return { url: `${base}/models`, headers: { 'x-goog-api-key': secret } }
    case 'openai':
    case 'mistral':
    case 'openai_compatible':
      return { url: `${base}/models`, headers: { authorization: `Bearer ${secret}` } }
  }
}
