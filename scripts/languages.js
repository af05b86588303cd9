// The widget's languages as the build scripts need them, read from src/consent/lang.ts (the one list).
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/consent/lang.ts', import.meta.url), 'utf8');

/** `LANGS` of src/consent/lang.ts, in its order. */
export const LANGS = [.../export const LANGS = \[([^\]]*)\]/.exec(source)[1].matchAll(/'([a-z]+)'/g)].map((match) => match[1]);

/** Those whose banner and placeholder words ship inside the UI and placeholder files: the first two (`inUiFile`). */
export const BUILT_IN = LANGS.slice(0, 2);
