import { describe, expect, it } from 'vitest';
import { classifySmallTalk } from '../../src/search/small-talk.ts';

describe('small talk', () => {
  it('recognises greetings in bokmål, nynorsk and English', () => {
    for (const m of ['hei', 'Hei!', 'hei hei', 'hallo', 'god morgen', 'God morgon!', 'god kveld', 'heisann', 'hi', 'Hello there', 'good morning']) {
      expect(classifySmallTalk(m), m).toBe('greeting');
    }
  });

  it('recognises thanks', () => {
    for (const m of ['takk', 'Tusen takk!', 'mange takk', 'takk for hjelpen', 'takk skal du ha', 'thanks', 'thank you so much', 'Thanks a lot!']) {
      expect(classifySmallTalk(m), m).toBe('thanks');
    }
  });

  it('recognises requests for help', () => {
    for (const m of ['hjelp', 'Help', '?', 'hva kan du', 'kva kan du gjere', 'what can you do?', 'hjelp meg']) {
      expect(classifySmallTalk(m), m).toBe('help');
    }
  });

  it('forgives a typo in longer words and a drawn-out last letter, but not in short ones', () => {
    expect(classifySmallTalk('tussen takk')).toBe('thanks');
    expect(classifySmallTalk('hjlep')).toBe('help');
    expect(classifySmallTalk('heiii')).toBe('greeting');
    expect(classifySmallTalk('takkk')).toBe('thanks');
    expect(classifySmallTalk('he')).toBeNull();
    expect(classifySmallTalk('ta')).toBeNull();
  });

  it('takes the last kind said when kinds are combined', () => {
    expect(classifySmallTalk('hei, takk')).toBe('thanks');
    expect(classifySmallTalk('hei! hjelp')).toBe('help');
  });

  it('never takes a question for small talk, even one that starts with a greeting or thanks', () => {
    for (const m of [
      'hei, kan vi betale utbytte?',
      'Hei! Hvor lenge kan man gå på AFT?',
      'god morgen, hva er terskelverdien?',
      'takk, men hva med AFT?',
      'hjelp meg med utbytte',
      'help with reserved contracts',
      'vta',
      'utbytte',
      'hei '.repeat(40),
    ]) {
      expect(classifySmallTalk(m), m).toBeNull();
    }
  });
});
