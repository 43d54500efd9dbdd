// One display string for an entry's author(s), from whatever the feed offers.
import { plainText } from './text.ts';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
/** No real author line is longer; a hostile one would make the patterns below slow. */
const MAX_AUTHOR_CHARS = 1_000;

export interface AuthorSources {
  /** dc:creator values, Atom author names, JSON Feed author names: names as given. */
  readonly names: readonly (string | null | undefined)[];
  /** RSS <author>, itunes:author: may be "email (Name)", "Name <email>" or a bare email. */
  readonly mailboxes: readonly (string | null | undefined)[];
}

/** Names joined with ", " (duplicates dropped); an email's local part only when nothing better exists. */
export function authorName(sources: AuthorSources): string | null {
  const names: string[] = [];
  const emailFallbacks: string[] = [];
  const add = (name: string): void => {
    if (name !== '' && !names.some((known) => known.toLowerCase() === name.toLowerCase()))
      names.push(name);
  };
  for (const raw of sources.names) {
    const name = plainText(raw?.slice(0, MAX_AUTHOR_CHARS));
    if (EMAIL.test(name)) emailFallbacks.push(name.split('@')[0] ?? name);
    else add(name);
  }
  for (const raw of sources.mailboxes) {
    const mailbox = plainText(raw?.slice(0, MAX_AUTHOR_CHARS));
    if (mailbox === '') continue;
    const parenthesised = /^\S+@\S+\s*\((.+)\)$/.exec(mailbox); // "noreply@blogger.com (Tom Harrow)"
    // The reverse is common too: "Jane Doe (jane@example.com)", "Jane Doe <jane@…>", "Jane Doe jane@…".
    const nameFirst = /^(.+?)\s*(?:<\S+@\S+>|\(\S+@\S+\)|\s\S+@\S+)$/.exec(mailbox);
    if (parenthesised?.[1]) add(parenthesised[1].trim());
    else if (nameFirst?.[1]) add(nameFirst[1].replace(/^"|"$/g, '').trim());
    else if (EMAIL.test(mailbox)) emailFallbacks.push(mailbox.split('@')[0] ?? mailbox);
    else add(mailbox);
  }
  if (names.length > 0) return names.join(', ');
  return emailFallbacks[0] ?? null;
}
