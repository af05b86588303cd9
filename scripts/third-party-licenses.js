// Rollup plugin: writes the licences of the packages bundled into the output to one text file beside
// it, since the minified files leave their licence comments out to stay small.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the installed package that holds `file` (the last one, for nested node_modules), or null. */
const packageDir = (file) => /^.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+/.exec(file)?.[0] ?? null;

export function thirdPartyLicenses(fileName) {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const packages = new Map();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          // A module that left no code in the output (one that only re-exports) brings no licence.
          if (!module.renderedLength) continue;
          const dir = packageDir(id);
          if (!dir || packages.has(dir)) continue;
          const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          const licenseFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((file) => join(dir, file)).find(existsSync);
          packages.set(dir, { name, version, license, text: licenseFile ? readFileSync(licenseFile, 'utf8').trim() : '' });
        }
      }
      const sections = [...packages.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ name, version, license, text }) => `${name} ${version} (${license})\n\n${text}`);
      this.emitFile({ type: 'asset', fileName, source: `${sections.join('\n\n---\n\n')}\n` });
    },
  };
}
