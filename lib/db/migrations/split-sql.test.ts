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

  it('recognises dollar-quote tags with digits in them', () => {
    const script = [
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn1$ BEGIN PERFORM 1; RETURN 1; END $fn1$',
      "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $_2$ SELECT $x$;$x$ || ';'; $_2$",
      'SELECT 3',
    ]
    expect(splitSqlStatements(script.join(';\n') + ';')).toEqual(script)
  })

  it('does not take a positional parameter such as $1 for a dollar-quote tag', () => {
    const script = [
      'PREPARE p(int, int) AS SELECT $1+$2',
      'EXECUTE p(1, 2)',
      'CREATE FUNCTION h(int) RETURNS int LANGUAGE sql AS $h1$ SELECT $1; $h1$',
    ]
    expect(splitSqlStatements(script.join(';\n') + ';')).toEqual(script)
  })

  it("reads backslash escapes in E'...' strings and keeps doubled quotes in standard strings", () => {
    const script = [
      String.raw`INSERT INTO t VALUES (E'it\'s; fine', e'\'')`,
      String.raw`SELECT E'\\', ';', E'a\\'';b'`,
      String.raw`SELECT 'c\', 'd;e', 'it''s; fine'`,
      String.raw`SELECT CASE WHEN true THEN 'x' ELSE'\' END, ';'`,
      'SELECT 4',
    ]
    expect(splitSqlStatements(script.join(';\n') + ';')).toEqual(script)
  })
})
