/**
 * The terminal renderer: every Answer of the conversation as plain text. Lookups and
 * check verdicts read as the CLIs print them (src/answers); a check's form, which a
 * terminal cannot open, lists its questions and how to answer on one line.
 */
import type { Answer } from '../conversation/answer.ts';
import type { CheckSpec, FactSpec } from '../conversation/check-port.ts';
import { exampleChecks, exampleQuestions, helpTopics } from '../conversation/help.ts';
import { example, shortName } from '../conversation/facts/inline.ts';
import { renderLookupText } from '../answers/text.ts';
import { renderCheckText } from '../answers/check-text.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { replyText } from '../answers/reply-text.ts';
import type { Language } from '../answers/language.ts';
import { checkOfferText, smallTalkText } from '../answers/small-replies.ts';

export function renderAnswerText(answer: Answer, kb: KnowledgeBase): string {
  switch (answer.kind) {
    case 'lookup': {
      const { result, offset } = answer;
      const t = replyText(answer.language);
      const more = result.total > offset + result.hits.length ? `\n${t.typeMore}` : '';
      const footer = result.hits.length ? `\n\n${t.lookupIn} ${answer.kbVersion}, ${t.footer}` : '';
      const offer = answer.checkOffer ? `\n\n${checkOfferText(answer.checkOffer, answer.language)}` : '';
      return `${renderLookupText(result, offset, answer.lovdata, { language: answer.language, direct: answer.direct })}${offer}${footer}${more}`;
    }
    case 'small-talk':
      return smallTalkText(answer.talk, answer.language, answer.examples);
    case 'help':
      return helpText(answer.checks, answer.language);
    case 'check-form':
      return formText(answer.command, answer.check);
    case 'fact-help':
      return factHelpText(answer.command, answer.check);
    case 'fact-errors':
      return [
        'Kunne ikke lese opplysningene:',
        ...answer.errors.slice(0, 20).map((e) => `  • ${e.message}`),
        '',
        `Skriv f.eks. ${answer.command} ${oneLineExample(answer.check)}, eller bare ${answer.command} for spørsmålene.`,
        `(${answer.command} hjelp viser alle navnene)`,
        ...(answer.partial ? ['', 'Med opplysningene som kunne leses:', '', renderCheckText(answer.partial.reply.result, kb, answer.partial.reply.sources)] : []),
      ].join('\n');
    case 'check-result':
      return renderCheckText(answer.reply.result, kb, answer.reply.sources);
    case 'checks-unavailable':
      return `${answer.command} er ikke tilgjengelig ennå: regelsjekkene er ikke lastet. Du kan slå opp reglene med /vta-rules.`;
    case 'unknown-command':
      return `Kjenner ikke ${answer.command}. Kommandoer: ${answer.commands.join(', ')}.`;
  }
}

function helpText(checks: CheckSpec[], language?: Language): string {
  const t = replyText(language);
  const lines = [t.helpConsole, '', `${t.examples}:`, ...exampleQuestions(language).map((q) => `  ${q}`), '', `${t.topics}: ${helpTopics(language).join(' · ')}`];
  const withExamples = exampleChecks(checks);
  if (withExamples.length) lines.push('', t.checksConsole, ...withExamples.map((c) => `  ${c}`));
  return lines.join('\n');
}

function oneLineExample(check: CheckSpec): string {
  return check.command?.examples[0] ?? example(check);
}

function choices(f: FactSpec): string {
  if (f.type === 'boolean') return '  (Ja / Nei / Vet ikke)';
  return f.values?.length ? `  (${f.values.map((v) => v.label).join(' / ')})` : '';
}

function formText(command: string, check: CheckSpec): string {
  return [
    check.title,
    'Svar på det du vet. Det du ikke vet, utelater du: da sier svaret hva som mangler.',
    '',
    ...check.facts.map((f) => `? ${f.question}${choices(f)}`),
    '',
    'I Slack åpner dette et skjema. Her skriver du svarene på én linje, f.eks.:',
    `${command} ${oneLineExample(check)}`,
    `(${command} hjelp viser alle navnene)`,
  ].join('\n');
}

function factHelpText(command: string, check: CheckSpec): string {
  const lines = check.facts.map((f) => {
    const values = f.values?.length ? ` (${f.values.map((v) => v.value).join(', ')})` : f.type === 'boolean' ? ' (ja/nei)' : '';
    return `  ${shortName(f)}${values} – ${f.question}`;
  });
  return [check.title, `Skriv ${command} alene for spørsmålene, eller gi opplysningene direkte, f.eks. ${command} ${oneLineExample(check)}. Det du ikke vet, utelater du.`, '', ...lines].join('\n');
}
