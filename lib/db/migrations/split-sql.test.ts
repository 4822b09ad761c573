import { describe, expect, it } from 'vitest'
import { splitSqlStatements } from './split-sql'

describe('splitSqlStatements', () => {
  it('splits at top-level semicolons and drops comment-only pieces', () => {
    expect(splitSqlStatements('-- header\nCREATE TABLE a (id int);\n\n-- note\nINSERT INTO a VALUES (1);\n-- trailing')).toEqual([
      '-- header\nCREATE TABLE a (id int)',
      '-- note\nINSERT INTO a VALUES (1)',
    ])
  })

  it('keeps semicolons inside strings, quoted identifiers, comments and dollar-quoted bodies', () => {
    const script = [
      "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
      'CREATE TABLE "odd;name" (x int)',
      '/* block; comment */ SELECT 1',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 2; $body$',
    ]
    expect(splitSqlStatements(script.join(';\n') + ';')).toEqual(script)
  })

  it('ignores a semicolon in a line comment', () => {
    expect(splitSqlStatements('SELECT 1 -- a; b\n;SELECT 2')).toEqual(['SELECT 1 -- a; b', 'SELECT 2'])
  })
})
