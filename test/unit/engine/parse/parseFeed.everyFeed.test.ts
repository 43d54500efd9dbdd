// Issue 11: the parser over every feed we keep — the team's corpus (../shared/corpus/ beside the
// repo, copied into test/fixtures/corpus/ so a clone alone runs it), the seed feeds, the quirk and
// hostile fixtures. Through the poller's own path (parse, planet context, incoming post): no
// entry whose source has a title comes out untitled, and no error a person sees carries an
// internal text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import { planetContext, toIncomingPost } from '../../../../electron/engine/planet/index.ts';
import { fixturesDir } from '../../../support/fixtures.ts';

const sharedCorpus = new URL('../../../../../shared/corpus/feeds/', import.meta.url).pathname;

function feedFiles(): { name: string; path: string }[] {
  const corpus = existsSync(sharedCorpus) ? sharedCorpus : join(fixturesDir, 'corpus/feeds');
  const dirs = [
    corpus,
    ...['seed-feeds', 'quirks', 'hostile'].map((dir) => join(fixturesDir, dir)),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(xml|json|html)$/.test(name))
      .sort()
      .map((name) => ({ name, path: join(dir, name) })),
  );
}

/** For each item/entry in document order: does its own <title> hold any text? */
function sourceTitlesHaveText(text: string): boolean[] {
  if (text.trimStart().startsWith('{')) {
    const doc = JSON.parse(text) as { items?: { title?: unknown }[] };
    return (doc.items ?? []).map(
      (item) => typeof item.title === 'string' && item.title.trim() !== '',
    );
  }
  const result: boolean[] = [];
  const parser = sax.parser(false, { lowercase: true });
  const stack: string[] = [];
  let titleDepth = -1;
  parser.onopentag = (tag) => {
    const local = tag.name.replace(/^.*:/, '');
    if ((local === 'item' || local === 'entry') && titleDepth === -1) result.push(false);
    if (local === 'title' && ['item', 'entry'].includes((stack.at(-1) ?? '').replace(/^.*:/, '')))
      titleDepth = stack.length;
    stack.push(tag.name);
  };
  parser.onclosetag = () => {
    stack.pop();
    if (stack.length === titleDepth) titleDepth = -1;
  };
  const onText = (chunk: string): void => {
    if (titleDepth !== -1 && chunk.trim() !== '' && result.length > 0)
      result[result.length - 1] = true;
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onerror = () => parser.resume();
  parser.write(text).close();
  return result;
}

const INTERNAL_TEXT =
  /undefined|null\b|TypeError|ReferenceError|cannot read|is not a function|\bat \S+\.(ts|js)/i;

test('every kept feed: no entry with a source title comes out untitled, no internal error text', async () => {
  const files = feedFiles();
  assert.ok(files.length >= 30, `only ${files.length} feeds found`);
  for (const { name, path } of files) {
    const bytes = readFileSync(path);
    const url = `https://feeds.example.net/${name}`;
    const result = await parseFeed({ url, bytes, contentType: null });
    if (result.kind === 'error') {
      assert.doesNotMatch(result.message, INTERNAL_TEXT, `${name}: ${result.message}`);
      assert.match(result.message, /^[A-Z].*\.$/, `${name}: a sentence for a person`);
      continue;
    }
    if (result.kind !== 'feed') continue;
    const context = planetContext(result.feed, url);
    const ctx = { feedId: 1, feedUrl: url, siteUrl: result.feed.siteUrl, ...context };
    const hasText = sourceTitlesHaveText(bytes.toString('utf8'));
    result.feed.entries.forEach((entry, index) => {
      if (!hasText[index]) return;
      assert.notEqual(entry.title, '', `${name} #${index}: the parser lost the title`);
      const post = toIncomingPost(entry, ctx);
      // Only an item titled with nothing but its member's name may become untitled (by them).
      if (post.title === '')
        assert.ok(
          context.memberNames.has(entry.title.toLowerCase()),
          `${name} #${index}: "${entry.title}" was eaten`,
        );
    });
  }
});
