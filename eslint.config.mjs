import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import { readdirSync } from 'node:fs'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers of lib/ (docs/architecture.md §7): the core knows nothing of any domain, so a
 * domain can change without the wrapper, the permission module or the chain changing with
 * it. Every other folder of lib/ is a domain (or the registry that gathers them).
 */
const CORE = ['actions', 'authz', 'audit', 'cli', 'crypto', 'db', 'format', 'http', 'validation', 'config.ts']
const DOMAINS = readdirSync('lib', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !CORE.includes(entry.name) && entry.name !== 'generated')
  .map((entry) => `./lib/${entry.name}`)
const coreImportsNoDomain = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: CORE.map((core) => ({
        target: `./lib/${core}`,
        from: DOMAINS,
        message: 'A core folder of lib/ imports no domain: pass what it needs in (a parameter, a caller), or move the code to the domain.',
      })),
    },
  ],
}

/** Role names: code outside lib/authz asks for a permission, never compares roles. */
const ROLE = '/^(tenant|workspace)_(admin|member|viewer|auditor)$/'
const noRoleComparisons = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${ROLE}]`,
      message: 'Do not compare roles outside lib/authz: ask can(actor, permission, resource).',
    },
    {
      selector: `SwitchCase > Literal[value=${ROLE}]`,
      message: 'Do not branch on roles outside lib/authz: ask can(actor, permission, resource).',
    },
  ],
}

export default tseslint.config(
  { ignores: ['lib/generated/**', '.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.data/**', 'next-env.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, '@next/next': nextPlugin },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      ...noRoleComparisons,
    },
  },
  {
    // Tests of the core may use domains to exercise it against real actions.
    files: ['lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: coreImportsNoDomain,
  },
  {
    // Pages and components read through ctx.db, bound to the request's tenant: a bare client
    // sees no tenant's rows (docs/architecture.md §1a). The few public pages name their path.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['app/api/health/**', 'app/(auth)/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/db/client',
              importNames: ['getDb'],
              message: 'Read through ctx.db (getContext), which carries the request’s tenant (docs/architecture.md §1a).',
            },
          ],
        },
      ],
    },
  },
  {
    // The permission module decides access from roles; the seed and tests set roles up.
    files: ['lib/authz/**', 'lib/demo/**', '**/*.test.ts', 'test/**', 'e2e/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
)
