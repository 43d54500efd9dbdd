import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstPageSettled } from './api/firstPage.ts';
import { App } from './components/App.tsx';

/** How long the first render waits for the list's first page, to draw it at once (a frame with
 * the rows, not an empty frame then one with rows); past this the window is drawn without. */
const firstPageWaitMs = 200;

const root = document.getElementById('root');
if (root) {
  await firstPageSettled(firstPageWaitMs);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
