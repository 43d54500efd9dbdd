// Requests a person may cancel (finding or adding a feed): each face names its request, and
// cancelRequest aborts the fetches behind it.
export class PendingRequests {
  readonly #controllers = new Map<string, AbortController>();

  /** Runs fn with a signal that cancelRequest(requestId) aborts; a closing reader aborts it too. */
  async run<T>(
    requestId: string | undefined,
    parent: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    const onClose = () => controller.abort();
    parent.addEventListener('abort', onClose, { once: true });
    if (requestId !== undefined) {
      this.#controllers.get(requestId)?.abort();
      this.#controllers.set(requestId, controller);
    }
    try {
      return await fn(controller.signal);
    } finally {
      parent.removeEventListener('abort', onClose);
      if (requestId !== undefined && this.#controllers.get(requestId) === controller) {
        this.#controllers.delete(requestId);
      }
    }
  }

  cancel(requestId: string): boolean {
    const controller = this.#controllers.get(requestId);
    if (!controller) return false;
    controller.abort();
    this.#controllers.delete(requestId);
    return true;
  }
}
