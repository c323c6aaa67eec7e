/**
 * A path's findings as Markdown, to hand in or present: the title, the funnel, the people, the
 * answers by area, takeaways, resources, the synthesis and the referral chain. Built as a syntax
 * tree and written by mdast-util-to-markdown with GFM (as the interview report is), so text from a
 * profile or the user never becomes formatting, HTML or a link.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { withoutBidiControls } from '@/lib/bidi';
import type { Findings, FindingsPerson, Funnel } from '@/lib/model/findings';
import { AREA_LABELS } from '@/lib/model/prep';
import { referralTree, type ChainNode } from './referral-chain';

export interface PresentOptions {
  /** The student's name, in the title. */
  ownName?: string;
  /** The course the path was assigned in, if any. */
  course?: string;
  /** Include each answer under its question (default true); off for a talk in front of a class. */
  answers?: boolean;
}

/** "Regulatory affairs — Sam de Wit". */
function presentationTitle(findings: Pick<Findings, 'path'>, options: Pick<PresentOptions, 'ownName'>): string {
  const ownName = options.ownName?.trim();
  return ownName ? `${findings.path.name} — ${ownName}` : findings.path.name;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "5 people asked, 3 replied, 2 conversations held of 5 planned." */
export function funnelSentence(funnel: Funnel): string {
  return `${plural(funnel.requests, 'person', 'people')} asked, ${funnel.replies} replied, ${plural(funnel.conversations, 'conversation', 'conversations')} held of ${funnel.target} planned.`;
}

/** How a person is introduced: their label, and their role when the label doesn't already say it. */
export function personLine(person: FindingsPerson, anonymised: boolean): string {
  if (anonymised) return person.label;
  const role = person.title && person.company ? `${person.title} at ${person.company}` : (person.title ?? person.company);
  return role ? `${person.label} — ${role}` : person.label;
}

const text = (value: string): Text => ({ type: 'text', value: withoutBidiControls(value).replace(/\s+/gu, ' ').trim() });
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });
const item = (children: ListItem['children']): ListItem => ({ type: 'listItem', spread: false, children });
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });

/** A text that may span lines: paragraphs stay paragraphs, a single line break stays a break. */
function blocks(value: string, lead?: string): Paragraph[] {
  const parts = withoutBidiControls(value)
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)+/u)
    .map((part) => part.split(/\r\n|\r|\n/u).map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  return parts.map((lines, index) => {
    const children = lines.flatMap((line, at): PhrasingContent[] => (at === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
    if (index === 0 && lead) children.unshift({ type: 'strong', children: [text(lead)] }, { type: 'text', value: ': ' });
    return { type: 'paragraph', children };
  });
}

function chainList(nodes: readonly ChainNode[], labels: ReadonlyMap<string, string>): List {
  return list(nodes.map((node) => item([paragraph(labels.get(node.key) ?? node.key), ...(node.children.length ? [chainList(node.children, labels)] : [])])));
}

export function findingsToMarkdown(findings: Findings, options: PresentOptions = {}): string {
  const labels = new Map(findings.people.map((person) => [person.key, person.label]));
  const who = (key: string) => labels.get(key) ?? key;
  const children: RootContent[] = [heading(1, presentationTitle(findings, options))];
  const course = options.course?.trim();
  if (course) children.push(paragraph(`Course: ${course}`));
  if (findings.path.term) children.push(paragraph(`Term: ${findings.path.term}`));
  if (findings.path.why) children.push(paragraph(`Why this path: ${findings.path.why}`));
  if (findings.anonymised) children.push(paragraph('Names are left out: each person is described by their role.'));

  children.push(heading(2, 'Progress'), paragraph(funnelSentence(findings.funnel)));
  if (findings.people.length) children.push(heading(2, 'People'), list(findings.people.map((person) => item([paragraph(personLine(person, findings.anonymised))]))));

  const questions = (title: string, asked: Findings['unsorted']) => {
    if (!asked.length) return;
    children.push(heading(2, title));
    if (options.answers === false) {
      children.push(list(asked.map((q) => item([paragraph(`${q.text} (${plural(q.answers.length, 'answer', 'answers')})`)]))));
      return;
    }
    for (const q of asked) children.push(heading(3, q.text), list(q.answers.map((answer) => item(blocks(answer.text, who(answer.person))))));
  };
  for (const area of findings.areas) questions(AREA_LABELS[area.area], area.questions);
  questions('Other questions', findings.unsorted);

  if (findings.takeaways.length) children.push(heading(2, 'What I learned'), list(findings.takeaways.map((t) => item([paragraph(`${t.text} (${who(t.person)})`)]))));
  if (findings.resources.length) {
    children.push(heading(2, 'Resources'), list(findings.resources.map((r) => item([paragraph(`${r.title}${r.url ? ` — ${r.url}` : ''} (recommended by ${who(r.person)})`)]))));
  }
  const synthesis = Object.entries(AREA_LABELS).filter(([area]) => findings.synthesis[area as keyof typeof AREA_LABELS]?.trim());
  if (synthesis.length) {
    children.push(heading(2, 'My synthesis'));
    for (const [area, label] of synthesis) children.push(heading(3, label), ...blocks(findings.synthesis[area as keyof typeof AREA_LABELS]!));
  }
  const chain = referralTree(findings);
  if (chain.length) children.push(heading(2, 'Referral chain'), chainList(chain, labels));

  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', fences: true, rule: '-' });
}
