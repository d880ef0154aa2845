// ESLint for the whole tree (`npm run lint`, with Prettier's check): typescript-eslint's
// recommended rules, React's hooks rules for the admin panel.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tmp/**',
      '.strapi/**',
      'build/**',
      'public/**',
      'types/generated/**',
      'tests/e2e/artifacts/**',
      'database/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Strapi's own types are loose at the boundaries (documents, ctx); `any` there is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      // bench/ and the Jest configs are plain CommonJS.
      '@typescript-eslint/no-require-imports': 'off',
      // Escaping and its tests must name control characters.
      'no-control-regex': 'off',
      // Output goes through Strapi's logger; a console line must say why (eslint-disable with a reason).
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Command-line programs: the console is their output.
    files: ['bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/plugins/editorial/admin/**/*.{ts,tsx}', 'tests/unit/admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
