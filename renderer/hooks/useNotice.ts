// The one-line notice at the top of the article pane, and `fail`, which puts an error there.
import { useCallback, useState } from 'react';

export interface Notice {
  readonly notice: string;
  readonly setNotice: (text: string) => void;
  /** Shows an error's message as the notice (the catch handler of every call to the engine). */
  readonly fail: (error: unknown) => void;
}

export function useNotice(): Notice {
  const [notice, setNotice] = useState('');
  const fail = useCallback((error: unknown) => {
    setNotice(error instanceof Error ? error.message : String(error));
  }, []);
  return { notice, setNotice, fail };
}
