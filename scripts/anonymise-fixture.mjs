// Derives a small, anonymised test fixture from a real LinkedIn capture (see
// /work/shared/fixtures/linkedin/PROVENANCE.md). Keeps the DOM structure the extractor reads
// (tags, ids, attributes, classes, JSON blob shapes) and replaces people, ids, photos and free text.
// Usage: node scripts/anonymise-fixture.mjs <map.json> <case> [source dir]
//   writes tests/fixtures/linkedin/<case>.html. The map (kept OUTSIDE the project: it names the real
//   people) gives per case: source file, `keep` selectors, `drop` selectors, `replace` {real: fake},
//   optional `regex` [[pattern, fake]].
// A `keep` entry "css ^ancestor" keeps the closest `ancestor` of each match instead of the match.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';

const [mapPath, caseName, sourceDir = '/work/shared/fixtures/linkedin'] = process.argv.slice(2);
const config = JSON.parse(readFileSync(mapPath, 'utf8'))[caseName];
if (!config) throw new Error(`no case ${caseName}`);
const src = `${sourceDir}/${config.source}`;
const out = new URL(`../tests/fixtures/linkedin/${caseName}.html`, import.meta.url);
const dom = new JSDOM(readFileSync(src, 'utf8'));
const doc = dom.window.document;
const hash = (s, n = 8) => createHash('sha256').update(s).digest('hex').slice(0, n);

// 1. Keep only what the extractor reads: the elements matched by `keep` and their ancestors.
const kept = new Set();
const roots = new Set();
for (const entry of config.keep) {
  const [selector, ancestor] = entry.split(' ^');
  for (const match of doc.querySelectorAll(selector)) {
    const el = ancestor ? match.closest(ancestor) : match;
    if (!el) continue;
    roots.add(el);
    kept.add(el);
    for (let up = el.parentElement; up; up = up.parentElement) kept.add(up);
  }
}
const inKept = (el) => { for (let up = el; up; up = up.parentElement) if (roots.has(up)) return true; return false; };
for (const el of [...doc.querySelectorAll('head *, body *')]) {
  if (!el.isConnected || kept.has(el) || inKept(el)) continue;
  el.remove();
}
// 2. Drop what is never read: scripts (JSON-LD aside), styles, icons, other people's faces.
for (const el of doc.querySelectorAll('script:not([type="application/ld+json"]), style, link:not([rel="canonical"]), iframe, noscript, template')) el.remove();
for (const el of doc.querySelectorAll('svg, li-icon')) el.replaceChildren();
for (const selector of config.drop ?? []) for (const el of doc.querySelectorAll(selector)) el.remove();
// Descriptions and skills under a position: keep those of the first entity of each list (the
// extractor must skip them), drop the rest (they are most of the weight).
const ENTITY = '[data-view-name="profile-component-entity"], .pvs-entity';
for (const entity of doc.querySelectorAll(ENTITY)) {
  const firstOfList = entity.closest('ul')?.querySelector(ENTITY) === entity;
  if (firstOfList) continue;
  for (const list of entity.querySelectorAll('ul')) {
    if (list.closest(ENTITY) !== entity) continue;
    for (const li of list.querySelectorAll(':scope > li')) if (!li.querySelector(ENTITY)) li.remove();
  }
}
for (const el of doc.querySelectorAll('img')) {
  el.removeAttribute('srcset');
  el.removeAttribute('sizes');
}
const walker = doc.createTreeWalker(doc, 128);
const comments = [];
while (walker.nextNode()) comments.push(walker.currentNode);
for (const c of comments) if (c.nodeValue !== '') c.remove();

// 3. People: replace names and slugs, longest first; free text (> 80 chars) becomes filler.
const pairs = Object.entries(config.replace).sort((a, b) => b[0].length - a[0].length);
const FILLER = 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ';
function fakeText(text) {
  const seed = parseInt(hash(text, 4), 16) % 40;
  const body = (FILLER.repeat(60)).slice(seed, seed + Math.max(0, text.trim().length - 12)).trim();
  return `Sample text ${body}.`;
}
function swap(text) {
  let result = text;
  for (const [real, fake] of pairs) result = result.split(real).join(fake);
  return result;
}
const textWalker = doc.createTreeWalker(doc.body ?? doc, 4);
while (textWalker.nextNode()) {
  const node = textWalker.currentNode;
  const parent = node.parentElement;
  if (parent?.matches('code, script')) continue;
  const value = swap(node.nodeValue ?? '');
  node.nodeValue = value.replace(/\s+/gu, ' ').trim().length > (config.freeTextOver ?? 80) ? fakeText(value) : value;
}
function fakeJson(value, key) {
  if (typeof value === 'string') {
    if (/^(firstName|lastName|maidenName)$/u.test(key ?? '') && value && swap(value) === value) return `Person${hash(value, 4)}`;
    if (/description|summary|text$/iu.test(key ?? '') && value.length > 60) return fakeText(value);
    return swap(value);
  }
  if (key === 'fileIdentifyingUrlPathSegment') return '200_200/0/1?e=1&v=beta&t=fake';
  if (Array.isArray(value)) return (key === 'artifacts' ? value.slice(0, 1) : value).map((v) => fakeJson(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fakeJson(v, k)]));
  return value;
}
// JSON blobs: keep the ones holding profiles (and a small one for shape), rewrite their strings.
for (const code of doc.querySelectorAll('code[id^="bpr-guid-"]')) {
  let data;
  try { data = JSON.parse(code.textContent ?? ''); } catch { code.remove(); continue; }
  const included = Array.isArray(data.included) ? data.included : [];
  const people = included.filter((o) => o && typeof o === 'object' && 'publicIdentifier' in o);
  if (people.length === 0 && (code.textContent ?? '').length > 400) { code.remove(); continue; }
  data.included = people.map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => !/^\*|^multiLocale|Suggestion/u.test(k))));
  delete data.meta;
  if (data.data && typeof data.data === 'object') data.data = { $type: data.data.$type ?? 'com.linkedin.restli.common.CollectionResponse' };
  code.textContent = JSON.stringify(fakeJson(data));
}
for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
  try { script.textContent = JSON.stringify(fakeJson(JSON.parse(script.textContent ?? '')), null, 1); } catch { script.remove(); }
}
for (const el of doc.querySelectorAll('*')) {
  for (const attr of [...el.attributes]) {
    if (attr.name === 'style' || attr.name.startsWith('data-tracking')) { el.removeAttribute(attr.name); continue; }
    const value = attr.value;
    el.setAttribute(attr.name, attr.name === 'content' && value.length > 80 && !/^https?:/u.test(value) ? fakeText(value) : swap(value));
  }
}
if (doc.title) doc.title = swap(doc.title);

// 4. Ids, photos and tokens, on the serialised page.
let html = '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
html = swap(html)
  .replace(/ACoAA[A-Za-z0-9_-]{10,}?(?=-Qs|-[A-Z]{4,}|[^A-Za-z0-9_-]|$)/gu, (m) => `ACoAAFAKE${hash(m, 20)}`)
  .replace(/https:\/\/(?:media|media-exp\d|static)\.licdn\.com\/[^"'\s&)]*(?:&amp;[^"'\s)]*)?/gu, (m) => {
    const kind = /profile-displayphoto|profile-displaybackgroundimage|company-logo|ghost/u.exec(m)?.[0] ?? 'image';
    return `https://media.licdn.com/dms/image/FAKE${hash(m)}/${kind}-shrink_200_200/0/1?e=1&amp;v=beta&amp;t=fake`;
  })
  .replace(/(data-member-id=")\d+/gu, (_, a) => `${a}100000001`)
  .replace(/urn:li:member:\d+/gu, 'urn:li:member:100000001')
  .replace(/(_ed=)[^&"]+/gu, '$1FAKE')
  .replace(/[ \t]*\n\s*/gu, '\n')
  .replace(/[ \t]{2,}/gu, ' ');
for (const [pattern, fake] of config.regex ?? []) html = html.replace(new RegExp(pattern, 'gu'), fake);
writeFileSync(out, html);
console.log(caseName, html.length);
