import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitPlanetTitle } from '../../../../electron/engine/planet/splitPlanetTitle.ts';

/** The member list a planet's own feed shows (planetMemberNames), folded. */
const members = (...names: string[]) => ({
  memberNames: new Set(names.map((name) => name.toLowerCase())),
});

test('on a planet, "Author Name: Post title" becomes the title by the author (Venus RSS, Drupal)', () => {
  assert.deepEqual(
    splitPlanetTitle(
      'Kerrie Walsh: Surviving the Jessie freeze',
      null,
      true,
      members('Kerrie Walsh'),
    ),
    {
      title: 'Surviving the Jessie freeze',
      author: 'Kerrie Walsh',
    },
  );
});

test('only the first colon splits: the title may have its own (Tom Harrow on Drupal)', () => {
  assert.deepEqual(
    splitPlanetTitle('Tom Harrow: Rover 3: the ROS port begins', null, true, members('Tom Harrow')),
    {
      title: 'Rover 3: the ROS port begins',
      author: 'Tom Harrow',
    },
  );
});

test('a known author must match the prefix: Venus Atom titles are not prefixed', () => {
  assert.deepEqual(splitPlanetTitle('Rover 3: the ROS port begins', 'Tom Harrow', true), {
    title: 'Rover 3: the ROS port begins',
    author: 'Tom Harrow',
  });
});

test('Blogger\'s "noreply@blogger.com (Tom Harrow)" author matches the prefix and reads as the name', () => {
  assert.deepEqual(
    splitPlanetTitle(
      'Tom Harrow: Rover 3: the ROS port begins',
      'noreply@blogger.com (Tom Harrow)',
      true,
    ),
    { title: 'Rover 3: the ROS port begins', author: 'Tom Harrow' },
  );
});

test('an item that is just the member\'s name is an untitled post by them (Venus RSS "Clinton Roy")', () => {
  assert.deepEqual(splitPlanetTitle('Clinton Roy', null, true, members('Clinton Roy')), {
    title: '',
    author: 'Clinton Roy',
  });
  assert.deepEqual(splitPlanetTitle('Clinton Roy', 'Clinton Roy', true), {
    title: '',
    author: 'Clinton Roy',
  });
});

test('"Clinton Roy: clintonroy" (Drupal) is the post "clintonroy" by Clinton Roy', () => {
  assert.deepEqual(
    splitPlanetTitle('Clinton Roy: clintonroy', null, true, members('Clinton Roy')),
    {
      title: 'clintonroy',
      author: 'Clinton Roy',
    },
  );
});

test('a normal blog\'s "Review: Foo" stays as it is', () => {
  assert.deepEqual(splitPlanetTitle('Review: Foo', null, false), {
    title: 'Review: Foo',
    author: null,
  });
  assert.deepEqual(splitPlanetTitle('Kerrie Walsh: Surviving', null, false), {
    title: 'Kerrie Walsh: Surviving',
    author: null,
  });
});

test('on a planet, a prefix that is not name-like stays in the title', () => {
  for (const title of [
    'Review: Foo',
    'Rover 3: the ROS port begins',
    'Why I think this matters, mostly: a rant',
    'LCA2015 day 1: notes from the containers miniconf',
    'What is new? Everything: a list',
    'One two three four five six: too long for a name',
  ]) {
    assert.deepEqual(splitPlanetTitle(title, null, true), { title, author: null }, title);
  }
});

test('an ordinary sentence-case title on a planet is not mistaken for a name', () => {
  assert.deepEqual(splitPlanetTitle('Floppy drive music', null, true), {
    title: 'Floppy drive music',
    author: null,
  });
});

test("names with particles and apostrophes split (Liam O'Connor, Lucia de la Cruz)", () => {
  assert.deepEqual(
    splitPlanetTitle("Liam O'Connor: Packaging notes", null, true, members("Liam O'Connor")),
    {
      title: 'Packaging notes',
      author: "Liam O'Connor",
    },
  );
  assert.deepEqual(splitPlanetTitle('Lucia de la Cruz', null, true, members('Lucia de la Cruz')), {
    title: '',
    author: 'Lucia de la Cruz',
  });
});

// Issue 11: a news feed citing <source> had every title emptied into the author; a news portal
// had "Ibope: Candidate leads…" split. Only a name known for the entry or feed may split.
test('a name-shaped prefix nobody is known by stays in the title (news portal "Ibope: …")', () => {
  const title = 'Ibope: Candidate leads in São Paulo poll';
  assert.deepEqual(splitPlanetTitle(title, null, true, members('Maria Silva')), {
    title,
    author: null,
  });
});

test('a title is never moved into the author unless it is a known name (<source> news feeds)', () => {
  assert.deepEqual(
    splitPlanetTitle('Stocks Rally Sharply', null, true, { sourceTitle: 'Reuters' }),
    { title: 'Stocks Rally Sharply', author: null },
  );
  assert.deepEqual(
    splitPlanetTitle('Reuters: Stocks rally sharply', null, true, { sourceTitle: 'Reuters' }),
    { title: 'Stocks rally sharply', author: 'Reuters' },
  );
});

test('a <source> titled "blog – Person" makes either name known (Venus\'s etbe – Russell Coker)', () => {
  assert.deepEqual(
    splitPlanetTitle('Russell Coker: Systemd Notes', null, true, {
      sourceTitle: 'etbe – Russell Coker',
    }),
    { title: 'Systemd Notes', author: 'Russell Coker' },
  );
});

test('a prefix followed by nothing is not split into an empty title', () => {
  for (const title of ['Kerrie Walsh:  ', 'Kerrie Walsh: ']) {
    assert.deepEqual(splitPlanetTitle(title, null, true, members('Kerrie Walsh')), {
      title,
      author: null,
    });
  }
});
