import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstPageSettled } from './api/firstPage.ts';
import { App } from './components/App.tsx';

/** How long the first render waits for the list's first page, to draw it at once (a frame with
 * the rows, not an empty frame then one with rows); past this the window is drawn without. */
const firstPageWaitMs = 200;

function drawWindow(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
// Not a top-level await: with one, the bundler keeps the modules the first bundle shares with the
// on-demand chunks (onDemand.ts) in chunks of their own, each one more request before the first
// render.
if (root) void firstPageSettled(firstPageWaitMs).then(() => drawWindow(root));
