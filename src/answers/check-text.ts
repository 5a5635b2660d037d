/**
 * Plain-text rendering of a check verdict, for the terminal (and as the basis for other
 * transports): the outcome, each criterion with ✓ / ✗ / ? and its citation, the
 * procedure and routes where the check has them, the questions still open, and every
 * source with its status and what could not be verified, so the user sees how firm
 * each step is.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { formatCitation, entryUrl } from '../knowledge/citation.ts';
import { statusOn } from '../knowledge/status.ts';
import type { CheckResult, CriterionResult, RouteResult } from '../checks/index.ts';
import { labels, statusLabel, trustLine, type Labels } from './labels.ts';
import type { Language } from './language.ts';
import { titleIn, unverifiedIn } from './reply-text.ts';

const MARK = { met: '✓', not_met: '✗', unknown: '?' } as const;
const ROUTE_MARK = (available: boolean | null) => (available === true ? '✓' : available === false ? '✗' : '?');

/** How a cited entry is named where a check is run from other knowledge than `kb` (a stand-in in tests, say). */
type Cited = Record<string, { text: string }>;

export function citationText(kb: KnowledgeBase, id: string, cited: Cited = {}): string {
  const entry = kb.entryById.get(id);
  const source = entry && kb.sources.get(entry.source);
  return entry && source ? formatCitation(entry, source) : (cited[id]?.text ?? id);
}

/**
 * In English (`language`), the fixed words, the check's title and the cited entries' titles,
 * statuses and notes are English; the check file's own texts (outcome, criteria, reasons)
 * are Norwegian until it has English ones.
 */
export function renderCheckText(result: CheckResult, kb: KnowledgeBase, cited: Cited = {}, language: Language = 'nb'): string {
  const t = labels(language);
  const titleEn = language === 'en' ? kb.checks.find((c) => c.id === result.check)?.title_en : undefined;
  const lines: string[] = [titleEn ?? result.title, t.checkRulesAsOf(result.asOf), ''];
  lines.push(`${t.outcome}: ${result.outcome}`, indent(result.outcomeText), '');

  if (result.procedure) {
    const p = result.procedure;
    lines.push(`${t.procedure}: ${p.value ?? t.unresolved}${p.label ? ` – ${p.label}` : ''}`);
    if (p.citations.length) lines.push(indent(`${t.basisLabel}: ${citationList(kb, p.citations, cited, language)}`));
    lines.push('');
  }
  if (result.routes) {
    lines.push(`${t.routes}:`);
    result.routes.forEach((r) => lines.push(...renderRoute(r, kb, cited, t, language)));
    lines.push('');
  }

  // Criteria of used checks (ids "check.criterion") are already given as reasons under their route.
  const own = result.criteria.filter((c) => !c.id.includes('.'));
  const used = result.routes ? [] : result.criteria.filter((c) => c.id.includes('.'));
  for (const [title, list] of [[`${t.criteria}:`, own], [`${t.usedCriteria}:`, used]] as const) {
    if (!list.length) continue;
    lines.push(title);
    list.forEach((c) => lines.push(...renderCriterion(c, kb, cited, t, language)));
    lines.push('');
  }

  if (result.questions.length) {
    lines.push(`${t.questionsToAnswer}:`);
    result.questions.forEach((q, i) => lines.push(`  ${i + 1}. ${q.question}`, `     (${q.fact}: ${q.allowed})`));
    lines.push('');
  }

  lines.push(`${t.sources}:`);
  for (const id of result.citations) {
    const entry = kb.entryById.get(id);
    if (!entry) {
      lines.push(`  - ${citationText(kb, id, cited)}`);
      continue;
    }
    const { status, pending } = statusOn(entry, result.asOf);
    const url = kb.sources.get(entry.source) ? entryUrl(entry, kb.sources.get(entry.source)!) : null;
    lines.push(`  - ${citationText(kb, id)} – ${titleIn(entry, language)} [${statusLabel({ status, pending, entry }, language)}]${url ? ` ${url}` : ''}`);
    const unverified = unverifiedIn(entry, language);
    lines.push(`    ${trustLine(entry, language)}.${unverified ? ` ${t.note}: ${unverified}` : ''}`);
  }
  lines.push('', t.checkDisclaimer);
  return lines.join('\n');
}

/**
 * Citations joined, each written once (two entries may share a citation, e.g. § 5 and its
 * inclusive-contract reading). A statement about a whole act or regulation, with no section,
 * gets its title, or "anskaffelsesforskriften" alone would say nothing.
 */
function citationList(kb: KnowledgeBase, ids: string[], cited: Cited, language: Language = 'nb'): string {
  const named = ids.map((id) => {
    const entry = kb.entryById.get(id);
    const kind = entry && kb.sources.get(entry.source)?.kind;
    const whole = entry && !entry.section && (kind === 'act' || kind === 'regulation');
    return whole ? `${citationText(kb, id)} (${titleIn(entry, language)})` : citationText(kb, id, cited);
  });
  return [...new Set(named)].join('; ');
}

function renderCriterion(c: CriterionResult, kb: KnowledgeBase, cited: Cited, t: Labels, language: Language): string[] {
  const role = c.role === 'discretion' ? t.discretion : c.role === 'info' ? t.alternative : '';
  const lines = [`  ${MARK[c.result]} ${c.label}${role}`, indent(c.explanation, 6)];
  const basis = c.basis === 'guidance' ? t.basisGuidanceText : c.basis === 'background' ? t.basisBackgroundText : '';
  lines.push(indent(`${t.basisLabel}: ${citationList(kb, c.citations, cited, language)}${basis}`, 6));
  if (c.caveat) lines.push(indent(`${t.caveatText}: ${c.caveat}`, 6));
  return lines;
}

function renderRoute(r: RouteResult, kb: KnowledgeBase, cited: Cited, t: Labels, language: Language): string[] {
  const lines = [`  ${ROUTE_MARK(r.available)} ${r.id}: ${r.label}`];
  r.reasons.forEach((reason) => lines.push(indent(reason, 6)));
  lines.push(indent(`${t.basisLabel}: ${citationList(kb, r.citations, cited, language)}`, 6));
  return lines;
}

function indent(text: string, width = 2): string {
  return text
    .split('\n')
    .map((l) => `${' '.repeat(width)}${l}`)
    .join('\n');
}
