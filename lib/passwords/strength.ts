import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './rules'

/** zxcvbn's "safely unguessable" (about 10^10 guesses): weaker passwords are refused. */
const MIN_SCORE = 3

let estimator: Promise<ZxcvbnFactory> | undefined

/** The dictionaries weigh some megabytes: loaded on the first check, once per process. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ])
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    })
  })()
  return estimator
}

/** The parts of a person's name and address that a guesser would try first (four letters or more). */
function personalWords(person: { email?: string; name?: string }): string[] {
  const [local = '', domain = ''] = (person.email ?? '').toLowerCase().split('@')
  const words = [local, ...local.split(/[^a-z0-9]+/), domain.split('.')[0] ?? '', ...(person.name ?? '').toLowerCase().split(/\s+/)]
  return [...new Set(words.filter((word) => word.length >= 4))]
}

/**
 * Why a new password would be refused, in words for the field, or null when it is fine:
 * too short or long, blank, made of the person's own name or address, or guessable
 * (common passwords, words, keyboard walks, repeats: zxcvbn-ts and its dictionaries).
 */
export async function passwordProblem(password: string, person: { email?: string; name?: string } = {}): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`
  if (password.trim() === '') return 'A password cannot be only spaces.'
  const lower = password.toLowerCase()
  if (personalWords(person).some((word) => lower.includes(word))) return 'Do not use your name or email address in your password.'
  const result = (await loadEstimator()).check(password, personalWords(person))
  if (result.score >= MIN_SCORE) return null
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, '.')} ` : ''
  const hint = result.feedback.suggestions[0] ?? 'Add more words that are less common.'
  return `This password is too easy to guess. ${why}${hint}`
}
