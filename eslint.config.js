// Lint: TypeScript's recommended type-aware rules, Lit's and web components' rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'screenshots/', 'docs/', 'custom-elements.json', 'bench/.build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The element registers itself behind a customElements.get() guard, not a decorator.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'],
    // Chai's property assertions (`expect(x).to.be.true`) read as bare expressions.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
