// Under "Remote images: never", one post's images on request: the frame's cache addresses are
// marked load=1, and Orrery fetches them (once) through the engine, never the frame itself.
import { useEffect, useState, type RefObject } from 'react';
import { articleDocumentOf } from '../article/articleFrame.ts';
import { cacheImageBase, loadImagesIn } from '../article/cachedImages.ts';

export function LoadImagesButton({
  frameRef,
  entryId,
}: {
  readonly frameRef: RefObject<HTMLIFrameElement | null>;
  readonly entryId: number;
}) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => setLoaded(false), [entryId]);
  return (
    <button
      type="button"
      className="button"
      disabled={loaded}
      onClick={() => {
        const doc = frameRef.current ? articleDocumentOf(frameRef.current) : null;
        if (doc) loadImagesIn(doc, cacheImageBase(window.location));
        setLoaded(true);
      }}
    >
      {loaded ? 'Images loaded' : 'Load images'}
    </button>
  );
}
