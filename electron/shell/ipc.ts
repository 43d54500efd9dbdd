// The IPC handler table: one handler per ReaderApi and HostApi method, generated from the
// method tables in shared/api.ts. Each handler checks who is asking, then validates the argument
// with the method's zod schema, and only then calls the engine (or the host).
import { z } from 'zod';
import {
  eventChannel,
  hostChannel,
  hostMethodNames,
  hostMethods,
  readerChannel,
  readerEventNames,
  readerMethodNames,
  readerMethods,
  type HostApi,
  type ReaderApi,
  type ReaderEventSource,
} from '../../shared/api.ts';
import { isAppUrl } from './appProtocol.ts';

/** The parts of Electron's WebFrameMain and IpcMainInvokeEvent a sender check needs. */
export interface SenderFrameLike {
  readonly url: string;
}
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export type IpcHandler = (event: InvokeEventLike, arg: unknown) => Promise<unknown>;

export class ForeignSenderError extends Error {
  override name = 'ForeignSenderError';
}
export class InvalidArgumentsError extends Error {
  override name = 'InvalidArgumentsError';
}

/**
 * A sender check for the one window: the frame must be the window's main frame (not the article
 * iframe, not another window), showing our own renderer URL.
 */
export function trustedSender(
  mainFrame: () => SenderFrameLike | null | undefined,
): (event: InvokeEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && frame === mainFrame() && isAppUrl(frame.url);
  };
}

function validated<S extends z.ZodType>(channel: string, schema: S, arg: unknown): z.output<S> {
  // A method without arguments may be invoked with nothing at all.
  const result = schema.safeParse(arg === undefined ? {} : arg);
  if (!result.success) {
    throw new InvalidArgumentsError(
      `${channel}: invalid arguments: ${z.prettifyError(result.error).replaceAll('\n', ' ')}`,
    );
  }
  return result.data;
}

export function createIpcHandlers(
  reader: ReaderApi,
  host: HostApi,
  isTrustedSender: (event: InvokeEventLike) => boolean,
): Map<string, IpcHandler> {
  const handlers = new Map<string, IpcHandler>();
  const guard = (channel: string, event: InvokeEventLike): void => {
    if (!isTrustedSender(event)) {
      throw new ForeignSenderError(
        `${channel}: refused a call from a frame that is not Orrery's window`,
      );
    }
  };
  for (const name of readerMethodNames) {
    const channel = readerChannel(name);
    const schema: z.ZodType = readerMethods[name].args;
    const call = reader[name] as (args: unknown) => Promise<unknown>;
    handlers.set(channel, async (event, arg) => {
      guard(channel, event);
      return call.call(reader, validated(channel, schema, arg));
    });
  }
  for (const name of hostMethodNames) {
    const channel = hostChannel(name);
    const schema: z.ZodType = hostMethods[name].args;
    const call = host[name] as (args: unknown) => Promise<unknown>;
    handlers.set(channel, async (event, arg) => {
      guard(channel, event);
      return call.call(host, validated(channel, schema, arg));
    });
  }
  return handlers;
}

/** Pushes every engine event to the renderer; returns a function that stops forwarding. */
export function forwardReaderEvents(
  source: ReaderEventSource,
  send: (channel: string, payload: unknown) => void,
): () => void {
  const stops = readerEventNames.map((name) =>
    source.on(name, (payload) => send(eventChannel(name), payload)),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
