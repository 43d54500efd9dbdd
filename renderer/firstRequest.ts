// The page's first script: a small classic script in <head>, built alone (vite.config.ts, the
// firstRequest plugin), so it runs while the app's bundle is still loading and compiling. It
// asks the engine for the list's first page and leaves the answer on window for the app
// (api/firstPage.ts), which draws it as soon as React is set up.
import type { EntryPage } from '../shared/model.ts';
import { httpTransport } from './api/httpTransport.ts';
import { firstPageArgs, firstPageKey } from './api/firstPageHandoff.ts';
import { previewToken } from './api/previewToken.ts';
import { relativeDatesNeedIntl } from './state/relativeDate.ts';
import { loadViewOptions, queryWithOptions } from './state/viewOptions.ts';
import { allUnreadView } from './state/views.ts';

function askForFirstPage(): void {
  const query = queryWithOptions(allUnreadView, '', loadViewOptions(allUnreadView));
  const args = firstPageArgs(query);
  const answer = window.orrery
    ? window.orrery.listEntries(args)
    : (httpTransport(previewToken(window.location)).invoke(
        'reader:listEntries',
        args,
      ) as Promise<EntryPage>);
  // The app sees a failure when it takes the answer; untaken, it is no unhandled rejection.
  answer.catch(() => {});
  window.orreryFirstPage = { key: firstPageKey(query), answer };
}

/** A page's first Intl formatter loads ICU's data (30-60 ms). Where the list's relative dates
 * need it ("3 hours ago", state/relativeDate.ts: not in English), it is made here, once the
 * request is on its way, while the bundle is still arriving. */
function warmDateFormatting(): void {
  if (!relativeDatesNeedIntl()) return;
  new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-1, 'hour');
}

// Loaded async: the app, when it ran first, asks for itself.
if (!window.orreryAppStarted) {
  askForFirstPage();
  warmDateFormatting();
}
