import type { AiProvider } from '@/lib/generated/prisma/enums'

export interface ProviderInfo {
  label: string
  /** The prefix of its models in agents and policies: "openai" in openai/gpt-4.1. */
  modelPrefix: string
  /** Where its API lives unless the credential names another address; null: the credential must. */
  defaultBaseUrl: string | null
  /** Models offered in policies' allowlists once a workspace is granted the provider. */
  models: readonly string[]
  /** What a key of this provider usually starts with, shown as a hint in the form. */
  keyHint: string
}

/** The providers a tenant can bring a key for. A new one is an entry here and a request in models-request.ts. */
export const PROVIDERS: Record<AiProvider, ProviderInfo> = {
  openai: {
    label: 'OpenAI',
    modelPrefix: 'openai',
    defaultBaseUrl: 'https://api.openai.com/v1',
    models: ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'o3'],
    keyHint: 'sk-…',
  },
  anthropic: {
    label: 'Anthropic',
    modelPrefix: 'anthropic',
    defaultBaseUrl: 'https://api.anthropic.com/v1',
    models: ['claude-opus-4', 'claude-sonnet-4', 'claude-3-5-haiku'],
    keyHint: 'sk-ant-…',
  },
  azure_openai: {
    label: 'Azure OpenAI',
    modelPrefix: 'azure',
    defaultBaseUrl: null,
    models: ['gpt-4.1', 'gpt-4o'],
    keyHint: 'the resource key from the Azure portal',
  },
  google: {
    label: 'Google',
    modelPrefix: 'google',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    models: ['gemini-2.5-pro', 'gemini-2.5-flash'],
    keyHint: 'AIza…',
  },
  mistral: {
    label: 'Mistral',
    modelPrefix: 'mistral',
    defaultBaseUrl: 'https://api.mistral.ai/v1',
    models: ['mistral-large-latest', 'mistral-small-latest'],
    keyHint: 'the key from the Mistral console',
  },
  openai_compatible: {
    label: 'OpenAI-compatible endpoint',
    modelPrefix: 'custom',
    defaultBaseUrl: null,
    models: [],
    keyHint: 'the key your endpoint expects',
  },
}

export const PROVIDER_KEYS = Object.keys(PROVIDERS) as AiProvider[]

/** "sk-…abcd": the key's kind and its last four characters, enough to recognise it and never to use it. */
export function fingerprintOf(secret: string): string {
  const kind = /^[A-Za-z]{2,4}-/.exec(secret)?.[0] ?? ''
  return `${kind}…${secret.slice(-4)}`
}

/** The address requests go to: the credential's own, or the provider's. */
export function baseUrlOf(provider: AiProvider, baseUrl: string | null): string {
  const url = baseUrl ?? PROVIDERS[provider].defaultBaseUrl
  if (!url) throw new Error(`${PROVIDERS[provider].label} needs an address.`)
  return url.replace(/\/+$/, '')
}
