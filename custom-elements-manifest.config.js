// `npm run analyze`: custom-elements.json, the elements' attributes, parts, custom properties and
// events, from the JSDoc of their classes, for editors and documentation tools.
export default {
  globs: [
    'src/ui/cookie-charter.ts',
    'src/ui/cookie-charter-entry.ts',
    'src/ui/define.ts',
    'src/placeholder/element.ts',
    'src/placeholder/define.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Only what a page can use: no private or static members, no internal state taken for attributes,
      // and from the `define.ts` files only the tag names they register.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.exports = module.exports?.filter(
            (entry) => !module.path.endsWith('/define.ts') || entry.kind === 'custom-element-definition',
          );
          for (const entry of module.exports ?? [])
            entry.declaration.module = entry.declaration.module.replace(/^\//, '').replace(/\.js$/, '.ts');
          module.declarations = module.declarations?.filter((declaration) => declaration.kind === 'class');
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set(declaration.members?.filter((member) => member.privacy || member.static).map((member) => member.name));
            declaration.members = declaration.members?.filter((member) => !member.privacy && !member.static);
            declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
          }
        }
      },
    },
  ],
};
