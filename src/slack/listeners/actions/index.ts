/** Registers every button the app's messages, modals and Home tab carry. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { ACTION, suffixed } from '../../ids.ts';
import { nextPageAction, openSourceAction, shareAction, showLawTextAction, topicAction } from './lookup-actions.ts';
import { offerCheckAction, openCheckAction, shareCheckAction } from './check-actions.ts';
import { homeLanguageAction } from './home-language.ts';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action(ACTION.nextPage, nextPageAction(deps));
  app.action(ACTION.share, shareAction(deps));
  app.action(suffixed(ACTION.topic), topicAction(deps));
  app.action(suffixed(ACTION.openSource), openSourceAction);
  app.action(suffixed(ACTION.showLawText), showLawTextAction(deps));
  app.action(suffixed(ACTION.openCheck), openCheckAction(deps));
  app.action(ACTION.shareCheck, shareCheckAction(deps));
  app.action(ACTION.offerCheck, offerCheckAction(deps));
  app.action(ACTION.homeLanguage, homeLanguageAction(deps));
}
