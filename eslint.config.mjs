import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const foldersIn = (dir) =>
  readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * Imports run one way: shared → platform → one domain's folder → pages. A domain never reaches into another
 * domain's folder (what two domains need lives in platform/ or shared/), so a new domain is a folder of its
 * own plus a registration line.
 */
const features = foldersIn('./client/src/features/');
const functions = foldersIn('./cloudfunctions/src/functions/');
const others = (all, own) => all.filter((name) => name !== own).join('|');
const importDirection = [
  ...features.map((feature) => ({
    files: [`client/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^@/features/(${others(features, feature)})(/|$)`,
              message: '功能之间不互相引用：共用的代码放到 components/、lib/ 或 @shared',
            },
            { regex: `^(\\.\\./)+(${others(features, feature)})(/|$)`, message: '功能之间不互相引用' },
            { regex: '^@/pages(/|$)', message: '页面只组合功能，功能不引用页面' },
          ],
        },
      ],
    },
  })),
  {
    files: ['client/src/{components,lib,hooks,utils,config,styles}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^@/(features|pages|packages)(/|$)', message: '公共代码不依赖具体功能或页面' }],
        },
      ],
    },
  },
  ...functions.map((fn) => ({
    files: [`cloudfunctions/src/functions/${fn}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${others(functions, fn)})(/|$)`,
              message: '云函数之间不互相引用：共用的代码放到 platform/ 或 shared/',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['cloudfunctions/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+functions/', message: 'platform/ 供所有云函数共用，不依赖某个云函数' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'client/dist/**',
      'client/dist-h5/**',
      'client/dist-maps/**',
      'client/.size-reference/**',
      'cloudfunctions/dist/**',
      'cloudfunctions/.local-data/**',
      'tests/.output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Shared domain code is bundled into both the client and every function: it must stay platform-free, and
    // its schemas use zod/mini, whose functions tree-shake (classic zod costs the main package about 100 KB).
    files: ['cloudfunctions/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: '共用的模式用 zod/mini（可摇树），经典 zod 会把主包撑大' }],
          patterns: ['@tarojs/*', 'wx-server-sdk', '../src/*', '../backend/*', '../local/*', 'node:*'],
        },
      ],
    },
  },
  ...importDirection,
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
