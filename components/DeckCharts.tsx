import { useId } from 'react';
import type { Findings, Funnel } from '@/lib/model/findings';
import { funnelSentence } from '@/lib/paths/markdown';
import { referralLayout } from '@/lib/paths/referral-chain';

const STEPS = [
  ['requests', 'Asked'],
  ['replies', 'Replied'],
  ['conversations', 'Conversations'],
] as const;

/** Requests → replies → conversations as bars, each with its number, and the target marked. */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const titleId = useId();
  const scale = Math.max(funnel.requests, funnel.replies, funnel.conversations, funnel.target, 1);
  const left = 200;
  const width = 560;
  const bar = 44;
  const gap = 22;
  const targetX = left + (funnel.target / scale) * width;
  const height = STEPS.length * (bar + gap) + 30;
  return (
    <svg className="chart funnel" viewBox={`0 0 ${left + width + 90} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{`Funnel: ${funnelSentence(funnel)}`}</title>
      {STEPS.map(([step, label], index) => {
        const y = index * (bar + gap) + 10;
        const value = funnel[step];
        const w = Math.max((value / scale) * width, 2);
        return (
          <g key={step}>
            <text x={left - 12} y={y + bar / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
              {label}
            </text>
            <rect x={left} y={y} width={w} height={bar} rx={4} className={`chart-bar chart-bar-${index}`} />
            <text x={left + w + 10} y={y + bar / 2} dominantBaseline="middle" className="chart-value">
              {value}
            </text>
          </g>
        );
      })}
      <line x1={targetX} x2={targetX} y1={4} y2={height - 22} className="chart-target" />
      <text x={targetX} y={height - 4} textAnchor="middle" className="chart-label">
        {`Target ${funnel.target}`}
      </text>
    </svg>
  );
}

/** Up to three short lines of a label, the last one cut with "…". */
function lines(label: string, max = 24): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/u)) {
    if (line && `${line} ${word}`.length > max) {
      result.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) result.push(line);
  if (result.length <= 3) return result.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  return [...result.slice(0, 2), `${result[2]!.slice(0, max - 1)}…`];
}

/** Who led to whom as boxes and arrows, from the start of the chain on the left; the picture's label says it in words. */
export function ReferralChart({ findings }: { findings: Pick<Findings, 'people' | 'referrals'> }) {
  const titleId = useId();
  const markerId = `${useId()}-arrow`;
  const layout = referralLayout(findings);
  const labels = new Map(findings.people.map((person) => [person.key, person.label]));
  const label = (key: string) => labels.get(key) ?? key;
  const words = layout.edges.map((edge) => `${label(edge.from)} led to ${label(edge.to)}`).join('; ');
  const boxW = 220;
  const boxH = 70;
  const colW = boxW + 70;
  const rowH = boxH + 30;
  const at = new Map(layout.nodes.map((node) => [node.key, { x: 10 + node.layer * colW, y: 10 + node.row * rowH }]));
  return (
    <svg className="chart chain" viewBox={`0 0 ${Math.max(layout.layers * colW - 50, 300)} ${Math.max(layout.rows * rowH - 10, 100)}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{`Referral chain: ${words}.`}</title>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="chart-arrow" />
        </marker>
      </defs>
      {layout.edges.map((edge) => {
        const from = at.get(edge.from)!;
        const to = at.get(edge.to)!;
        const forward = to.x > from.x;
        return (
          <line
            key={`${edge.from}>${edge.to}`}
            x1={forward ? from.x + boxW : from.x + boxW / 2}
            y1={forward ? from.y + boxH / 2 : from.y + boxH}
            x2={forward ? to.x : to.x + boxW / 2}
            y2={forward ? to.y + boxH / 2 : to.y + boxH}
            className="chart-edge"
            markerEnd={`url(#${markerId})`}
          />
        );
      })}
      {layout.nodes.map((node) => {
        const { x, y } = at.get(node.key)!;
        const text = lines(label(node.key));
        return (
          <g key={node.key}>
            <rect x={x} y={y} width={boxW} height={boxH} rx={8} className="chart-node" />
            <text x={x + boxW / 2} y={y + boxH / 2 - ((text.length - 1) * 18) / 2} textAnchor="middle" dominantBaseline="middle" className="chart-node-text">
              {text.map((line, index) => (
                <tspan key={index} x={x + boxW / 2} dy={index === 0 ? 0 : 18}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
