// A small typed emitter for ReaderEvents. A throwing listener is reported, never allowed to break
// the refresh that emitted the event.
import type {
  Listener,
  ReaderEventName,
  ReaderEvents,
  ReaderEventSource,
} from '../../shared/api.ts';

export class ReaderEmitter implements ReaderEventSource {
  readonly #listeners = new Map<ReaderEventName, Set<(payload: never) => void>>();

  on<E extends ReaderEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => void set.delete(listener as (payload: never) => void);
  }

  emit<E extends ReaderEventName>(event: E, payload: ReaderEvents[E]): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        (listener as Listener<E>)(payload);
      } catch (error) {
        console.error(`orrery: a ${event} listener failed:`, error);
      }
    }
  }

  hasListeners(event: ReaderEventName): boolean {
    return (this.#listeners.get(event)?.size ?? 0) > 0;
  }
}
