// typescript-eslint, resolved from this folder so that it loads TypeScript 6 (installed here) and not
// the project's TypeScript 7, which has no JavaScript compiler API.
export { default } from 'typescript-eslint';
