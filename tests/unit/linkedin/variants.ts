/**
 * Layouts the reader has never seen, made from the ones it has: each variant kind rewrites a copy of an
 * anonymised fixture the way LinkedIn's next redesign might (no class or id at all, every class name
 * re-hashed, the interface in another language, the top card wrapped in more divs). Shared by the
 * generalisation test and its property test.
 */
import { anyOf, NAME, TOP_CARD } from '../../../lib/linkedin/selectors';

export type VariantKind = 'original' | 'no-class-id' | 'rehashed' | 'french' | 'german' | 'spanish' | 'wrapped';
export const VARIANT_KINDS: readonly VariantKind[] = ['original', 'no-class-id', 'rehashed', 'french', 'german', 'spanish', 'wrapped'];

/** Interface words LinkedIn shows in section headings, labels and buttons: English → French, German, Spanish. */
const INTERFACE: Record<string, [fr: string, de: string, es: string]> = {
  About: ['Infos', 'Info', 'Acerca de'],
  Summary: ['Résumé', 'Zusammenfassung', 'Extracto'],
  Experience: ['Expérience', 'Berufserfahrung', 'Experiencia'],
  Education: ['Formation', 'Ausbildung', 'Educación'],
  Activity: ['Activité', 'Aktivitäten', 'Actividad'],
  Skills: ['Compétences', 'Kenntnisse', 'Aptitudes'],
  Languages: ['Langues', 'Sprachen', 'Idiomas'],
  'Contact info': ['Coordonnées', 'Kontaktinfo', 'Información de contacto'],
  'Current company': ['Entreprise actuelle', 'Aktuelles Unternehmen', 'Empresa actual'],
  Education_label: ['Formation', 'Ausbildung', 'Educación'],
  Present: ['aujourd’hui', 'heute', 'actualidad'],
  Message: ['Message', 'Nachricht', 'Mensaje'],
  Connect: ['Se connecter', 'Vernetzen', 'Conectar'],
  Follow: ['Suivre', 'Folgen', 'Seguir'],
  More: ['Plus', 'Mehr', 'Más'],
  'Show all': ['Tout afficher', 'Alle anzeigen', 'Mostrar todo'],
  'Show all experiences': ['Afficher toutes les expériences', 'Alle Erfahrungen anzeigen', 'Mostrar todas las experiencias'],
  'Open to': ['Disponible pour', 'Offen für', 'Disponible para'],
  'Add section': ['Ajouter une section', 'Abschnitt hinzufügen', 'Añadir sección'],
  followers: ['abonnés', 'Follower', 'seguidores'],
  connections: ['relations', 'Kontakte', 'contactos'],
  'Full-time': ['Temps plein', 'Vollzeit', 'Jornada completa'],
  'Part-time': ['Temps partiel', 'Teilzeit', 'Media jornada'],
  yrs: ['ans', 'J.', 'años'],
  mos: ['mois', 'Mon.', 'meses'],
  'Sign in': ['S’identifier', 'Anmelden', 'Iniciar sesión'],
  'Join now': ['S’inscrire', 'Jetzt beitreten', 'Únete ahora'],
};
const LANGUAGE_INDEX = { french: 0, german: 1, spanish: 2 } as const;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whole interface words and phrases replaced, longest first (so "Show all experiences" beats "Show all"). */
function translator(language: keyof typeof LANGUAGE_INDEX): (text: string) => string {
  const pairs = Object.entries(INTERFACE)
    .map(([en, words]) => [en.replace(/_label$/u, ''), words[LANGUAGE_INDEX[language]]] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(`(?<![\\p{L}])(${pairs.map(([en]) => escape(en)).join('|')})(?![\\p{L}])`, 'gu');
  const table = new Map(pairs);
  return (text) => text.replace(pattern, (word) => table.get(word) ?? word);
}

function translate(doc: Document, language: keyof typeof LANGUAGE_INDEX): void {
  const words = translator(language);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const phrases = new Set(Object.keys(INTERFACE).map((en) => en.replace(/_label$/u, '')));
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'CODE' || parent === 'STYLE') continue;
    const text = (node.nodeValue ?? '').trim();
    // Interface text only, never what the person wrote: a whole label, a date line, a count.
    const label = phrases.has(text) || /\b(?:19|20)\d{2}\b/u.test(text) || /^[\d,.]+\+? \p{L}+$/u.test(text);
    if (label) node.nodeValue = words(node.nodeValue ?? '');
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
    // "Current company: Northbank. Click to skip…": the label before the colon, not the company.
    const value = el.getAttribute('aria-label') ?? '';
    const colon = value.indexOf(':');
    el.setAttribute('aria-label', colon > 0 ? words(value.slice(0, colon)) + value.slice(colon) : words(value));
  }
}

/** A stable stand-in for a class name: the same name gets the same hash across the page, as a build would. */
function rehash(name: string, salt: string): string {
  let h = 2166136261;
  for (const ch of salt + name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `_${(h >>> 0).toString(36)}`;
}

function withoutClassAndId(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

function rehashClasses(doc: Document, salt: string): void {
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const names = (el.getAttribute('class') ?? '').split(/\s+/u).filter(Boolean);
    el.setAttribute('class', names.map((name) => rehash(name, salt)).join(' '));
  }
}

/** The top card (or, without one, the name's section) inside two more divs, and each of its children inside one. */
function wrapTopCard(doc: Document): void {
  const card = doc.querySelector(anyOf(TOP_CARD)) ?? doc.querySelector(anyOf(NAME))?.closest('section');
  if (!card?.parentNode) return;
  for (const child of Array.from(card.children)) {
    const wrapper = doc.createElement('div');
    child.replaceWith(wrapper);
    wrapper.append(child);
  }
  const outer = doc.createElement('div');
  const inner = doc.createElement('div');
  card.replaceWith(outer);
  outer.append(inner);
  inner.append(card);
}

function rewrite(doc: Document, kind: VariantKind, salt: string): void {
  if (kind === 'no-class-id') withoutClassAndId(doc);
  if (kind === 'rehashed') rehashClasses(doc, salt);
  if (kind === 'french' || kind === 'german' || kind === 'spanish') translate(doc, kind);
  if (kind === 'wrapped') wrapTopCard(doc);
}

/** A rewritten copy of `doc`; the original is left alone. Several kinds apply in the order given. */
export function variantOf(doc: Document, kinds: VariantKind | readonly VariantKind[], salt = 'v1'): Document {
  const copy = doc.cloneNode(true) as Document;
  // Wrap first: once classes and ids are gone the top card is found by its heading only.
  const order = [...(typeof kinds === 'string' ? [kinds] : kinds)].sort((a, b) => Number(b === 'wrapped') - Number(a === 'wrapped'));
  for (const kind of order) rewrite(copy, kind, salt);
  return copy;
}
