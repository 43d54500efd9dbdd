// Sentences a person can act on. Hostile text (reason phrases, header values) never goes in:
// only our own words, numbers and the host name we were asked to contact.
import { STATUS_CODES } from 'node:http';

export function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib) return `${trimNumber(bytes / mib)} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function formatDuration(ms: number): string {
  const seconds = trimNumber(ms / 1000);
  return `${seconds} ${seconds === '1' ? 'second' : 'seconds'}`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "500 Internal Server Error", using Node's table, not the server's reason phrase. */
export function statusLabel(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `${status} ${reason}` : String(status);
}

export function httpErrorMessage(status: number): string {
  if (status === 404)
    return `The server answered ${statusLabel(status)}: there is no feed at this address.`;
  if (status === 401 || status === 403)
    return `The server answered ${statusLabel(status)}: it does not let Orrery read this feed.`;
  return `The server answered ${statusLabel(status)}.`;
}

export function emptySuccessMessage(status: number): string {
  return `The server answered ${statusLabel(status)} without any feed in it.`;
}

export function redirectWithoutLocationMessage(status: number): string {
  return `The server answered ${statusLabel(status)} but did not say where the feed went.`;
}

export function tooLargeMessage(maxBytes: number): string {
  return `The feed is larger than ${formatBytes(maxBytes)}; Orrery stopped reading it.`;
}

/** Cut long addresses so a hostile redirect chain cannot fill the screen. */
export function shortUrl(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}...` : url;
}

export function redirectLoopMessage(chain: readonly string[]): string {
  return `Redirect loop: ${chain.map(shortUrl).join(' → ')}.`;
}

export function tooManyRedirectsMessage(maxRedirects: number): string {
  return `Too many redirects: the server sent Orrery on more than ${maxRedirects} times.`;
}

/** Turns a socket or TLS error code into the network-error code and a sentence about `host`. */
export function describeSystemError(
  errorCode: string | undefined,
  host: string,
): {
  code: 'refused' | 'dns' | 'tls' | 'connect-timeout' | 'other';
  message: string;
  unreached?: 'network' | 'host';
} {
  switch (errorCode) {
    case 'ECONNREFUSED':
      return { code: 'refused', message: `Could not connect to ${host}: connection refused.` };
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_NODATA':
      return {
        code: 'dns',
        message: `Could not find the server ${host}: no such name in DNS.`,
        unreached: 'host',
      };
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return {
        code: 'dns',
        message: `Could not look up ${host}: DNS did not answer. Check the network connection.`,
        unreached: 'network',
      };
    case 'ETIMEDOUT':
      return {
        code: 'connect-timeout',
        message: `Could not connect to ${host}: the connection timed out.`,
      };
    case 'ECONNRESET':
      return {
        code: 'other',
        message: `The connection to ${host} was cut off before the feed arrived.`,
      };
    case 'EHOSTUNREACH':
      return {
        code: 'other',
        message: `Could not reach ${host}: no route to that host.`,
        unreached: 'host',
      };
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return {
        code: 'other',
        message: `Could not reach ${host}: the network is unreachable.`,
        unreached: 'network',
      };
    case 'EPIPE':
      return {
        code: 'other',
        message: `The connection to ${host} was closed while Orrery was asking for the feed.`,
      };
  }
  if (errorCode !== undefined && isTlsErrorCode(errorCode)) {
    return {
      code: 'tls',
      message: `The secure connection to ${host} failed: ${tlsReason(errorCode)}.`,
    };
  }
  if (errorCode?.startsWith('HPE_')) {
    return { code: 'other', message: `The server at ${host} sent a malformed HTTP response.` };
  }
  return {
    code: 'other',
    message: `Could not fetch the feed from ${host}${errorCode ? ` (${errorCode})` : ''}.`,
  };
}

function isTlsErrorCode(code: string): boolean {
  return (
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.includes('CERT') ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' ||
    code === 'EPROTO'
  );
}

function tlsReason(code: string): string {
  if (code === 'CERT_HAS_EXPIRED') return 'its certificate has expired';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'its certificate is for a different name';
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN')
    return 'its certificate is self-signed';
  if (code.startsWith('UNABLE_TO_')) return 'its certificate could not be verified';
  return `the certificate or protocol was not accepted (${code})`;
}
