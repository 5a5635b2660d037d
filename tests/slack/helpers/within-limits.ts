import { expect } from 'vitest';
import { limitViolations, type Surface } from '../../../src/slack/blocks/limits.ts';

/** Asserts a rendered message or view breaks none of Block Kit's limits, naming the breach and the case. */
export function expectWithinLimits(surface: Surface, payload: object, label: string): void {
  expect(limitViolations(surface, payload as Parameters<typeof limitViolations>[1]), label).toEqual([]);
}
