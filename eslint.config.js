import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'demo-output', 'tests/pages'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Mail content is attacker-controlled: these sinks are never allowed in product code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render mail text as text (textContent / Preact), never as HTML.' },
        { property: 'outerHTML', message: 'Render mail text as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render mail text as text, never as HTML.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Parley makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'Parley makes no network requests.' },
        { name: 'WebSocket', message: 'Parley makes no network requests.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'cli/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
