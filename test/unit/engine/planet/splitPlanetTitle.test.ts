import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitPlanetTitle } from '../../../../electron/engine/planet/splitPlanetTitle.ts';

test('on a planet, "Author Name: Post title" becomes the title by the author (Venus RSS, Drupal)', () => {
  assert.deepEqual(splitPlanetTitle('Kerrie Walsh: Surviving the Jessie freeze', null, true), {
    title: 'Surviving the Jessie freeze',
    author: 'Kerrie Walsh',
  });
});

test('only the first colon splits: the title may have its own (Tom Harrow on Drupal)', () => {
  assert.deepEqual(splitPlanetTitle('Tom Harrow: Rover 3: the ROS port begins', null, true), {
    title: 'Rover 3: the ROS port begins',
    author: 'Tom Harrow',
  });
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
  assert.deepEqual(splitPlanetTitle('Clinton Roy', null, true), {
    title: '',
    author: 'Clinton Roy',
  });
  assert.deepEqual(splitPlanetTitle('Clinton Roy', 'Clinton Roy', true), {
    title: '',
    author: 'Clinton Roy',
  });
});

test('"Clinton Roy: clintonroy" (Drupal) is the post "clintonroy" by Clinton Roy', () => {
  assert.deepEqual(splitPlanetTitle('Clinton Roy: clintonroy', null, true), {
    title: 'clintonroy',
    author: 'Clinton Roy',
  });
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
  assert.deepEqual(splitPlanetTitle("Liam O'Connor: Packaging notes", null, true), {
    title: 'Packaging notes',
    author: "Liam O'Connor",
  });
  assert.deepEqual(splitPlanetTitle('Lucia de la Cruz', null, true), {
    title: '',
    author: 'Lucia de la Cruz',
  });
});
