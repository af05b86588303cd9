// After `tsc -p tsconfig.build.json`: keeps in dist/types/ only the declarations that the package's
// entries reach through their imports. tsc writes one for every source file, and users need no others.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const types = 'dist/types';
const entries = ['module.d.ts', 'headless.d.ts', 'drop-in.d.ts', 'prerender.d.ts'];

const reached = new Set();
const follow = (file) => {
  if (reached.has(file)) return;
  reached.add(file);
  for (const [, specifier] of readFileSync(join(types, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)) {
    follow(relative(types, join(types, dirname(file), `${specifier}.d.ts`)));
  }
};
entries.forEach(follow);

for (const file of readdirSync(types, { recursive: true })) {
  if (file.endsWith('.d.ts') && !reached.has(file)) rmSync(join(types, file));
}
for (const folder of readdirSync(types, { recursive: true, withFileTypes: true })) {
  const path = join(folder.parentPath ?? folder.path, folder.name);
  if (folder.isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true });
}
