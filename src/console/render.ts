/**
 * The terminal renderer: every Answer of the conversation as plain text. Lookups and
 * check verdicts read as the CLIs print them (src/answers); a check's form, which a
 * terminal cannot open, lists its questions and how to answer on one line.
 */
import type { Answer } from '../conversation/answer.ts';
import type { CheckSpec, FactSpec } from '../conversation/check-port.ts';
import { exampleChecks, exampleQuestions, helpTopics } from '../conversation/help.ts';
import { exampleIn, factNameIn } from '../conversation/check-language.ts';
import { checkTitleIn } from '../answers/reply-text.ts';
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
      return formText(answer.command, answer.check, answer.language);
    case 'fact-help':
      return factHelpText(answer.command, answer.check, answer.language);
    case 'fact-errors': {
      const t = replyText(answer.language);
      return [
        `${t.couldNotRead}:`,
        ...answer.errors.slice(0, 20).map((e) => `  • ${e.message}`),
        '',
        t.writeForExample(`${answer.command} ${exampleIn(answer.check, answer.language)}`, answer.command),
        t.helpListsNames(answer.command),
        ...(answer.partial ? ['', t.withWhatCouldBeRead, '', renderCheckText(answer.partial.reply.result, kb, answer.partial.reply.sources, answer.language)] : []),
      ].join('\n');
    }
    case 'check-result':
      return renderCheckText(answer.reply.result, kb, answer.reply.sources, answer.language);
    case 'checks-unavailable':
      return replyText(answer.language).checksUnavailable(answer.command);
    case 'unknown-command':
      return replyText(answer.language).unknownCommand(answer.command, answer.commands.join(', '));
  }
}

function helpText(checks: CheckSpec[], language?: Language): string {
  const t = replyText(language);
  const lines = [t.helpConsole, '', `${t.examples}:`, ...exampleQuestions(language).map((q) => `  ${q}`), '', `${t.topics}: ${helpTopics(language).join(' · ')}`];
  const withExamples = exampleChecks(checks, language);
  if (withExamples.length) lines.push('', t.checksConsole, ...withExamples.map((c) => `  ${c}`));
  return lines.join('\n');
}

function choices(f: FactSpec, language?: Language): string {
  if (f.type === 'boolean') return replyText(language).yesNoUnknown;
  return f.values?.length ? `  (${f.values.map((v) => v.label).join(' / ')})` : '';
}

function formText(command: string, check: CheckSpec, language?: Language): string {
  const t = replyText(language);
  return [
    checkTitleIn(check, language),
    t.formIntro,
    '',
    ...check.facts.map((f) => `? ${f.question}${choices(f, language)}`),
    '',
    t.formInTerminal,
    `${command} ${exampleIn(check, language)}`,
    t.helpListsNames(command),
  ].join('\n');
}

function factHelpText(command: string, check: CheckSpec, language?: Language): string {
  const t = replyText(language);
  const lines = check.facts.map((f) => {
    const values = f.values?.length ? ` (${f.values.map((v) => v.value).join(', ')})` : f.type === 'boolean' ? ` ${t.yesNo}` : '';
    return `  ${factNameIn(f, language)}${values} – ${f.question}`;
  });
  return [checkTitleIn(check, language), t.factHelpConsole(command, `${command} ${exampleIn(check, language)}`), '', ...lines].join('\n');
}
