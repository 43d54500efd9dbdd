import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore } from './storeHelpers.ts';

test('"Planets/Linux Australia" creates nested folders, once', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const leaf = store.ensureFolder('Planets/Linux Australia');
    assert.equal(store.ensureFolder(' Planets / Linux Australia /'), leaf);
    const folders = store.listFolders();
    assert.deepEqual(
      folders.map((folder) => folder.path),
      ['Planets', 'Planets/Linux Australia'],
    );
    const planets = folders.find((folder) => folder.name === 'Planets');
    assert.equal(folders.find((folder) => folder.id === leaf)?.parentId, planets?.id);
  } finally {
    opened.dispose();
  }
});

test('null or blank folder is the top level', () => {
  const opened = freshStore();
  try {
    assert.equal(opened.store.ensureFolder(null), null);
    assert.equal(opened.store.ensureFolder('  / '), null);
    assert.deepEqual(opened.store.listFolders(), []);
  } finally {
    opened.dispose();
  }
});

test('the same name under different parents is two folders; at the top level it is one', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const a = store.ensureFolder('Work/News');
    const b = store.ensureFolder('Home/News');
    assert.notEqual(a, b);
    assert.equal(store.ensureFolder('News'), store.ensureFolder('News'));
    assert.equal(store.listFolders().filter((folder) => folder.name === 'News').length, 3);
  } finally {
    opened.dispose();
  }
});
