/** Registers the modal submissions. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { CALLBACK } from '../../ids.ts';
import { checkSubmitted } from './check-submitted.ts';

export function registerViews(app: App, deps: SlackDeps): void {
  app.view(CALLBACK.checkModal, checkSubmitted(deps));
}
