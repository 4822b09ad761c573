import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
    // The permission module decides access from roles; the seed and tests set roles up.
    files: ['lib/authz/**', 'lib/db/seed.ts', '**/*.test.ts', 'test/**', 'e2e/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
)
