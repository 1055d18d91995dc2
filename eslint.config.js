// Lint rules: ESLint's and typescript-eslint's recommended sets, plus the project's own:
// raw HTML only through the one audited component.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'Render stored HTML through <TrustedHtml> (src/views/components/trusted-html.tsx).',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only src/config.ts reads the environment.',
        },
      ],
    },
  },
  {
    files: ['src/views/components/trusted-html.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The environment's one reader, the launcher (which picks bundle or sources before any
    // config exists), and the test harness and scripts that choose databases.
    files: ['src/config.ts', 'bin/**', 'test/**', 'scripts/**', '**/*.test.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
