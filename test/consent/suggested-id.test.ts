import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ENTRY_ID, readConfig } from '../../src/consent/config.js';
import { explain } from '../../src/consent/messages.js';
import { suggestedId } from '../../src/consent/suggested-id.js';
import type { Problem } from '../../src/consent/warn.js';

/** Names and the id suggested for each: the scanner's tests (packages/scan/test/findings.test.js) read the same table. */
const TABLE: [name: string, id: string][] = await (await fetch('/test/fixtures/suggested-ids.json')).json();

/** Whether the charter gives an entry with this id an answer of its own (config.ts keeps the id). */
function accepted(id: string): boolean {
  const host = document.createElement('div');
  const entry = document.createElement('cookie-charter-entry');
  entry.setAttribute('id', id);
  entry.setAttribute('category', 'statistics');
  host.append(entry);
  return readConfig(host).entries[0]?.id === id;
}

/** What explain() prints for a problem. */
function explained(...problem: Problem): string {
  const printed: unknown[] = [];
  const { warn } = console;
  console.warn = (message: unknown) => printed.push(message);
  try {
    explain(problem);
  } finally {
    console.warn = warn;
  }
  return printed.join('\n');
}

describe('suggested entry ids', () => {
  for (const [name, id] of TABLE) {
    it(`suggests "${id}" for ${JSON.stringify(name)}, an id the charter accepts`, () => {
      expect(suggestedId(name)).to.equal(id);
      expect(accepted(id), id).to.equal(true);
    });
  }

  it('always suggests an id the charter accepts, and leaves it as it is when given it again', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'É', 'œ', '_', '.', ':', '-', ' ', "'", '/', '🍪', '统', '\u0301'), maxLength: 90 }),
      fc.constantFrom('necessary', 'statistics', 'first-party', 'third-party', 'constructor', '__proto__', 'hasOwnProperty', 'toString'),
    );
    fc.assert(
      fc.property(text, (name) => {
        const id = suggestedId(name);
        expect(id).to.match(ENTRY_ID);
        expect(id).to.match(/^[a-z0-9_]([a-z0-9_.:-]*[a-z0-9_])?$/);
        expect(id).to.not.match(/--/);
        expect(accepted(id), id).to.equal(true);
        expect(suggestedId(id)).to.equal(id);
      }),
      { numRuns: 500 },
    );
  });

  it('is the id the console warnings suggest, accents and all', () => {
    expect(explained('noId', 'Médiamétrie')).to.include('Add id="mediametrie".');
    expect(explained('id', "L'Équipe", 'constructor')).to.include('Write id="l-equipe", for example.');
    expect(explained('exempt', 'Cœur de ville', 'statistics', null)).to.include('(add id="coeur-de-ville")');
    expect(explained('noId', 'statistics')).to.include('Add id="statistics-entry".');
  });

  it('suggests an id of its own for the second of two entries, 64 characters at most', () => {
    expect(explained('twice', 'Médiamétrie', 'mediametrie')).to.include('such as id="mediametrie-2"');
    const long = 'Un fournisseur dont le nom, fort long, dépasse soixante-quatre caractères';
    const id = /such as id="([^"]*)"/.exec(explained('twice', long, 'x'))![1];
    expect(id).to.match(/-2$/);
    expect(id).to.have.length.of.at.most(64);
    expect(accepted(id), id).to.equal(true);
  });
});
