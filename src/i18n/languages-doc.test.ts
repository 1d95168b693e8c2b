import { expect } from '@open-wc/testing';
import { enGB } from './en-gb/index.js';
import { messageKeyList } from './key-list.js';

describe('docs/languages.md', () => {
  it('lists every message key with its English, as the catalogue has it now', async () => {
    const response = await fetch('/docs/languages.md');
    expect(response.ok, 'docs/languages.md is served').to.equal(true);
    const doc = await response.text();
    expect(
      doc.includes(messageKeyList()),
      'The key list in docs/languages.md is out of date. Run: npx tsx -e "import(\'./src/i18n/key-list.ts\').then((m) => m.writeKeyListInto(\'docs/languages.md\'))"',
    ).to.equal(true);
    for (const key of Object.keys(enGB)) expect(doc, key).to.contain(`| \`${key}\` |`);
  });

  it('says how a language is chosen and how to add or override words', async () => {
    const doc = await (await fetch('/docs/languages.md')).text();
    expect(doc).to.contain('## How a widget chooses its language');
    expect(doc).to.contain('registerMessages(locale, messages)');
    expect(doc).to.contain('hub-lang-cy.js').and.contain('hub-lang-ar.js');
  });
});
