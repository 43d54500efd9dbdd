// Asks the engine for the list's first page as the page's code starts (main.tsx imports this
// module first, so it runs before React, the app and the contract's schemas are set up): the
// engine answers while they are, and the entry view takes the answer (api/firstPage.ts).
import { baseClient } from './api/baseClient.ts';
import { askFirstPage } from './api/firstPage.ts';
import { pageSize } from './state/entryWindow.ts';
import { loadViewOptions, queryWithOptions } from './state/viewOptions.ts';
import { allUnreadView } from './state/views.ts';

askFirstPage(baseClient(), {
  ...queryWithOptions(allUnreadView, '', loadViewOptions(allUnreadView)),
  offset: 0,
  limit: pageSize,
});
