/**
 * Splits a SQL script into statements at top-level semicolons, leaving semicolons inside
 * quoted strings, quoted identifiers, dollar-quoted bodies and comments alone.
 * Comment-only fragments are dropped.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = []
  let start = 0
  let i = 0
  const push = (end: number) => {
    const text = script.slice(start, end).trim()
    if (stripComments(text).trim()) statements.push(text)
  }
  while (i < script.length) {
    const char = script[i]!
    const next = script[i + 1]
    if (char === '-' && next === '-') {
      const end = script.indexOf('\n', i)
      i = end === -1 ? script.length : end + 1
    } else if (char === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2)
      i = end === -1 ? script.length : end + 2
    } else if (char === "'") {
      i = isEscapeStringPrefix(script, i - 1) ? skipEscapeString(script, i) : skipQuoted(script, i, char)
    } else if (char === '"') {
      i = skipQuoted(script, i, char)
    } else if (char === '$') {
      // "$" + optional identifier + "$"; "$1" is a positional parameter, not a tag.
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i))?.[0]
      if (tag) {
        const end = script.indexOf(tag, i + tag.length)
        i = end === -1 ? script.length : end + tag.length
      } else {
        i++
      }
    } else if (char === ';') {
      push(i)
      i++
      start = i
    } else {
      i++
    }
  }
  push(script.length)
  return statements
}

/** A string or quoted identifier where a doubled quote stands for the quote itself. */
function skipQuoted(script: string, from: number, quote: string): number {
  let i = from + 1
  while (i < script.length) {
    if (script[i] === quote) {
      if (script[i + 1] === quote) i += 2
      else return i + 1
    } else {
      i++
    }
  }
  return i
}

/** An E'...' string: a backslash escapes the next character, a doubled quote still works too. */
function skipEscapeString(script: string, from: number): number {
  let i = from + 1
  while (i < script.length) {
    if (script[i] === '\\') {
      i += 2
    } else if (script[i] === "'") {
      if (script[i + 1] === "'") i += 2
      else return i + 1
    } else {
      i++
    }
  }
  return i
}

/** An E or e standing alone before the quote, not the end of a word such as ELSE'x'. */
function isEscapeStringPrefix(script: string, at: number): boolean {
  const char = script[at]
  if (char !== 'E' && char !== 'e') return false
  return at === 0 || !/[A-Za-z0-9_$]/.test(script[at - 1]!)
}

function stripComments(text: string): string {
  return text.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '')
}
