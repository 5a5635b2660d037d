import { describe, expect, it } from 'vitest';
import { createCitationParser } from '../../src/search/citation-parser.ts';

const parse = createCitationParser([
  { id: 'tiltaksforskriften', lovdataId: 'FOR-2015-12-11-1598', names: ['tf', 'tiltaksforskrift'] },
  { id: 'anskaffelsesforskriften', lovdataId: 'FOR-2016-08-12-974', names: ['foa'] },
  { id: 'anskaffelsesloven', lovdataId: 'LOV-2016-06-17-73', names: ['loa'] },
  { id: 'prinsipputtalelsen', names: ['prinsipputtalelse'] },
  { id: 'kommuneloven', names: ['koml'] },
]);

describe('citation parser', () => {
  it.each([
    ['§ 14-5', { section: '14-5' }],
    ['14-5 annet ledd', { section: '14-5', ledd: 2 }],
    ['14-5 andre ledd bokstav c', { section: '14-5', ledd: 2, bokstav: 'c' }],
    ['14 A-8', { section: '14a-8' }],
    ['§14a-6', { section: '14a-6' }],
    // Chapter 14A is numbered «§ 14A-3» (no space) as adopted; users also type «14 A-3» and «14a-3».
    ['§ 14A-3', { section: '14a-3' }],
    ['14a-3', { section: '14a-3' }],
    ['tiltaksforskriften § 14A-7 annet ledd', { sourceId: 'tiltaksforskriften', section: '14a-7', ledd: 2 }],
    ['kapittel 14A', { section: '', chapter: '14a' }],
    ['kapittel 14 A', { section: '', chapter: '14a' }],
    ['foa 8-8', { sourceId: 'anskaffelsesforskriften', section: '8-8' }],
    ['FOR-2016-08-12-974 § 3-1', { sourceId: 'anskaffelsesforskriften', section: '3-1' }],
    ['loa § 5', { sourceId: 'anskaffelsesloven', section: '5' }],
    ['koml 26-1', { sourceId: 'kommuneloven', section: '26-1' }],
    ['prinsipputtalelsen 2.4', { sourceId: 'prinsipputtalelsen', section: '2.4' }],
    ['tiltaksforskriften § 14-5 (2) bokstav c', { sourceId: 'tiltaksforskriften', section: '14-5', ledd: 2, bokstav: 'c' }],
    ['hva sier § 14-8 andre ledd om kommunen', { section: '14-8', ledd: 2 }],
  ])('%s', (q, expected) => {
    expect(parse(q)).toMatchObject(expected);
  });

  it.each(['utbytte', 'mer enn 80 prosent', '100 000 kr', 'gjelder fra 2026-01-01', 'VTA-O', 'punkt', '§'])('finds no citation in %s', (q) => {
    expect(parse(q)).toBeNull();
  });
});
