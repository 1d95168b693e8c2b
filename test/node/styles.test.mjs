// Static checks on the widgets' CSS and its documentation:
// - right to left: logical properties only, and a rotated icon has a right-to-left rule;
// - sizes in em (no rem below the host), no inline styles a strict CSP would block;
// - every --hub-* custom property and every ::part() name in the code is in docs/theming.md, and the
//   per-widget tables there match each widget's JSDoc (which also feeds custom-elements.json);
// - the LocalGov Drupal preset sets only documented --hub-* properties.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { root } from '../e2e/server.mjs';

/** Every non-test TypeScript file under src/. */
function sourceFiles(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$|^test-/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles().map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
/** Each css`…` block in the sources, with the file it came from. */
const stylesheets = files.flatMap(({ path, text }) => [...text.matchAll(/\bcss`([^`]*)`/g)].map((match) => ({ path, css: match[1] })));
const presetPath = 'src/presets/localgov-drupal.css';
const preset = readFileSync(join(root, presetPath), 'utf8');
const theming = readFileSync(join(root, 'docs/theming.md'), 'utf8');

/** Declarations (property and value) in a CSS text, comments removed. */
function declarations(css) {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...clean.matchAll(/(?:^|[;{])\s*(-{0,2}[a-z][a-z0-9-]*)\s*:\s*([^;{}]+?)\s*(?=;|})/g)].map((m) => ({ property: m[1], value: m[2] }));
}

const WIDGETS = [
  { tag: 'hub-service-finder', file: 'src/components/service-finder/hub-service-finder.ts' },
  { tag: 'hub-session-booking', file: 'src/components/session-booking/session-booking.ts' },
  { tag: 'hub-self-referral', file: 'src/components/self-referral/self-referral.ts' },
  { tag: 'hub-panel-signup', file: 'src/components/panel-signup/hub-panel-signup.ts' },
];

/** JSDoc tags of a component class: `@csspart name`, `@cssprop [--name=default]`. */
function jsdocNames(file, tag) {
  const text = readFileSync(join(root, file), 'utf8');
  const pattern = tag === 'csspart' ? /@csspart\s+([a-z][a-z0-9-]*)/g : /@cssprop(?:erty)?\s+\[?(--hub-[a-z0-9-]+)/g;
  return [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort();
}

/** The `names` in the first column of the table under a heading in docs/theming.md. */
function tableUnder(heading) {
  const start = theming.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/theming.md has a "${heading}" section`);
  const rest = theming.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n#{1,4} /) >= 0 ? rest.search(/\n#{1,4} /) : undefined);
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((line) => [...line.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1])).sort();
}

describe('widget CSS', () => {
  test('is found (the checks below look at something)', () => {
    assert.ok(stylesheets.length >= 8, `${stylesheets.length} stylesheets`);
  });

  test('uses logical properties only, so right-to-left pages mirror', () => {
    const physical = [];
    for (const { path, css } of stylesheets) {
      for (const { property, value } of declarations(css)) {
        const where = `${path}: ${property}: ${value}`;
        if (/^(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)(-|$)/.test(property)) physical.push(where);
        if (/^border-(top|bottom)-(left|right)-radius$/.test(property)) physical.push(where);
        if (/^(left|right)$/.test(property)) physical.push(where);
        if (/^(float|clear)$/.test(property) && /\b(left|right)\b/.test(value)) physical.push(where);
        if (/^text-align(-last)?$/.test(property) && /\b(left|right)\b/.test(value)) physical.push(where);
        if (/^(margin|padding|inset|border-width|border-style|border-color|border-radius|scroll-margin|scroll-padding)$/.test(property)) {
          const parts = value.replace(/\s*!important$/, '').split(/\s+(?![^(]*\))/);
          if (parts.length === 4 && parts[1] !== parts[3]) physical.push(`${where} (four values: left and right differ)`);
        }
      }
    }
    assert.deepEqual(physical, []);
  });

  test('a rotated or translated icon has a right-to-left rule in the same stylesheet', () => {
    for (const { path, css } of stylesheets) {
      if (/transform\s*:[^;]*(rotate|translateX|scaleX)\(/.test(css)) {
        assert.match(css, /:dir\(rtl\)|\[dir=['"]?rtl/, `${path} mirrors its rotated icons`);
      }
    }
  });

  test('sizes are in em below the host: no rem except the host’s floor', () => {
    const rem = [];
    for (const { path, css } of stylesheets) {
      for (const { property, value } of declarations(css)) {
        if (/\d*\.?\d+rem\b/.test(value) && !/max\(1rem, 16px\)/.test(value)) rem.push(`${path}: ${property}: ${value}`);
      }
    }
    assert.deepEqual(rem, []);
  });

  test('no style attributes, styleMap or <style> in templates (a strict CSP blocks them)', () => {
    const inline = files.filter(({ text }) => /\bstyle=|styleMap|<style[\s>]|unsafeCSS/.test(text)).map(({ path }) => path);
    assert.deepEqual(inline, []);
  });

  test('the host’s defences are important, so page rules that match the element cannot undo them', () => {
    const host = stylesheets.find(({ path }) => path === 'src/styles/base.styles.ts');
    const rule = host.css.match(/:host\s*{([^}]*)}/)[1];
    for (const property of ['display', 'font-size', 'line-height', 'color', 'text-transform', 'letter-spacing', 'white-space', 'container-type']) {
      const declaration = declarations(`{${rule}}`).find((d) => d.property === property);
      assert.ok(declaration, `:host sets ${property}`);
      assert.match(declaration.value, /!important$/, `:host ${property} is !important`);
    }
    assert.doesNotMatch(rule, /visibility|direction/, 'visibility and direction are left to inherit');
  });
});

describe('docs/theming.md', () => {
  const used = new Set([...files.flatMap(({ text }) => [...text.matchAll(/var\((--hub-[a-z0-9-]+)/g)].map((m) => m[1]))]);
  const documented = new Set([...theming.matchAll(/`(--hub-[a-z0-9-]+)`/g)].map((m) => m[1]));

  test('documents every --hub-* custom property the widgets read', () => {
    assert.deepEqual([...used].filter((name) => !documented.has(name)).sort(), []);
  });

  test('documents no --hub-* property that nothing reads', () => {
    assert.deepEqual([...documented].filter((name) => !used.has(name)).sort(), []);
  });

  test('documents every ::part() name in the code', () => {
    const parts = new Set(
      files.flatMap(({ text }) => [
        ...[...text.matchAll(/\bpart="([a-z][a-z0-9 -]*)"/g)].flatMap((m) => m[1].split(/\s+/)),
        ...[...text.matchAll(/\bpart: '([a-z][a-z0-9 -]*)'(?=\s*[,}])/g)].flatMap((m) => m[1].split(/\s+/)),
        ...[...text.matchAll(/part \?\? '([a-z][a-z0-9-]*)'/g)].map((m) => m[1]),
      ]),
    );
    const missing = [...parts].filter((part) => !theming.includes(`\`${part}\``)).sort();
    assert.deepEqual(missing, []);
  });

  for (const { tag, file } of WIDGETS) {
    test(`lists every part and custom property ${tag}’s JSDoc names`, () => {
      const table = tableUnder(`### \`<${tag}>\``);
      const missing = [...jsdocNames(file, 'csspart'), ...jsdocNames(file, 'cssprop')].filter((name) => !table.includes(name));
      assert.deepEqual(missing, []);
    });
  }

  test('every part a widget renders itself is in its JSDoc (and so in custom-elements.json)', () => {
    const undocumented = [];
    for (const { tag, file } of WIDGETS) {
      const folder = file.slice(0, file.lastIndexOf('/') + 1);
      const own = files.filter(({ path }) => path.startsWith(folder) && !path.endsWith('.styles.ts'));
      const parts = new Set(
        own.flatMap(({ text }) => [
          ...[...text.matchAll(/\bpart="([a-z][a-z0-9 -]*)"/g)].flatMap((m) => m[1].split(/\s+/)),
          ...[...text.matchAll(/\bpart: '([a-z][a-z0-9 -]*)'(?=\s*[,}])/g)].flatMap((m) => m[1].split(/\s+/)),
        ]),
      );
      const documented = jsdocNames(file, 'csspart');
      for (const part of parts) if (!documented.includes(part)) undocumented.push(`${tag}: ${part}`);
    }
    assert.deepEqual(undocumented, []);
  });

  test('every custom property a widget’s JSDoc names is one the widgets read', () => {
    for (const { tag, file } of WIDGETS) {
      for (const name of jsdocNames(file, 'cssprop')) assert.ok(used.has(name), `${tag}: ${name}`);
    }
  });

  test('shows the before and after screenshots of the LocalGov Drupal preset', () => {
    for (const image of ['images/theming-localgov-before.png', 'images/theming-localgov-after.png']) {
      assert.ok(theming.includes(`(${image})`), image);
      assert.ok(readFileSync(join(root, 'docs', image)).length < 150_000, `${image} is small`);
    }
  });
});

describe('the LocalGov Drupal preset', () => {
  const set = declarations(preset).filter(({ property }) => property.startsWith('--'));

  test('sets documented --hub-* properties only, on the widget tags', () => {
    assert.ok(set.length >= 10);
    const documented = new Set([...theming.matchAll(/`(--hub-[a-z0-9-]+)`/g)].map((m) => m[1]));
    for (const { property } of set) assert.ok(documented.has(property), `${property} is documented`);
    const selectors = preset.replace(/\/\*[\s\S]*?\*\//g, '').split('{')[0].split(',').map((s) => s.trim());
    assert.deepEqual(selectors.sort(), ['hub-panel-signup', 'hub-provider', 'hub-self-referral', 'hub-service-finder', 'hub-session-booking']);
  });

  test('maps the theme’s accent, link, focus, font, spacing and radius variables, each with a fallback', () => {
    for (const variable of ['--color-accent', '--color-link', '--color-focus', '--font-primary', '--spacing', '--border-radius']) {
      assert.match(preset, new RegExp(`var\\(${variable},`), `${variable} is read with a fallback`);
    }
    for (const { property, value } of set) {
      for (const match of value.matchAll(/var\((--[a-z0-9-]+)(,?)/g)) {
        assert.equal(match[2], ',', `${property}: var(${match[1]}) has a fallback`);
      }
    }
  });
});
