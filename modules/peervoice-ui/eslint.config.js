// The components' linter (run by JavaScriptChecksTest): ESLint's recommended rules for browser ES modules, and the
// house style the components already follow.
import js from '@eslint/js';
import globals from 'globals';

export default [
	{ignores: ['target/**', 'node_modules/**']},
	js.configs.recommended,
	{
		files: ['src/main/resources/**/*.js'],
		languageOptions: {
			ecmaVersion: 2022,
			globals: globals.browser,
			sourceType: 'module',
		},
	},
	{
		files: ['src/test/js/**/*.js', 'eslint.config.js'],
		languageOptions: {
			ecmaVersion: 2022,
			globals: globals.node,
			sourceType: 'module',
		},
	},
	{
		rules: {
			curly: 'error',
			eqeqeq: ['error', 'always', {null: 'ignore'}],
			'no-console': ['error', {allow: ['error']}],
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-unused-vars': ['error', {caughtErrors: 'none'}],
			'no-var': 'error',
			'prefer-const': 'error',
		},
	},
];
