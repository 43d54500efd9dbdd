// The right pane: the notice line (errors, refused links) over the article.
import type { ReactNode } from 'react';

interface Props {
  readonly notice: string;
  readonly onDismiss: () => void;
  /** The article (ArticleView) or whatever the pane shows instead. */
  readonly children: ReactNode;
}

export function ArticlePane({ notice, onDismiss, children }: Props) {
  return (
    <main className="pane article-pane">
      {notice ? (
        <p className="notice" role="status">
          {notice}
          <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </p>
      ) : null}
      {children}
    </main>
  );
}
