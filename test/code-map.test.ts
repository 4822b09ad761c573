import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const MAPPED_TREES = ['app', 'components', 'lib']
const UNMAPPED = new Set(['lib/generated'])

/** Every folder under the mapped trees that holds at least one file (generated code aside). */
function foldersWithFiles(relative: string): string[] {
  if (UNMAPPED.has(relative)) return []
  const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true })
  const own = entries.some((entry) => entry.isFile()) ? [relative] : []
  return [...own, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => foldersWithFiles(`${relative}/${entry.name}`))]
}

describe('docs/code-map.md', () => {
  const map = fs.readFileSync(path.join(root, 'docs/code-map.md'), 'utf8')
  const listed = new Set([...map.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!.replace(/\/$/, '')))

  it('has a row for every folder of app/, components/ and lib/ that holds a file', () => {
    const folders = MAPPED_TREES.flatMap(foldersWithFiles)
    expect(folders.length).toBeGreaterThan(30)
    expect(folders.filter((folder) => !listed.has(folder))).toEqual([])
  })

  it('lists no folder that does not exist', () => {
    const stale = [...listed].filter((entry) => !entry.includes('.') && !fs.existsSync(path.join(root, entry)))
    expect(stale).toEqual([])
  })
})
