import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { ImportFileError } from './import-bundle.ts';
import { MediaFolder } from './media-folder.ts';

describe('a folder of an old site’s files (--media-dir)', () => {
  let root: string;
  let folder: MediaFolder;
  const file = (name: string): string => path.join(root, ...name.split('/'));

  before(async () => {
    root = path.join(path.dirname(await makeTemporaryMediaDir()), 'uploads');
    for (const name of [
      '2021/02/rally.jpg',
      '2021/03/rally.jpg',
      '2021/02/Creche Photo.JPG',
      '2022/01/report.pdf',
      'blogger/ojek.jpg',
      '2021/02/.DS_Store',
    ]) {
      await fs.mkdir(path.dirname(file(name)), { recursive: true });
      await fs.writeFile(file(name), name);
    }
    folder = await MediaFolder.open(root);
  });

  it('finds a file by the end of its old address, from any level of the folder', () => {
    const uploads = 'https://example.org/wp-content/uploads';
    assert.equal(folder.find(`${uploads}/2021/02/rally.jpg`), file('2021/02/rally.jpg'));
    assert.equal(folder.find(`${uploads}/2021/03/rally.jpg`), file('2021/03/rally.jpg'));
    assert.equal(folder.find(`${uploads}/2022/01/report.pdf?ver=2`), file('2022/01/report.pdf'));
  });

  it('finds a file by its bare name when that names only one', () => {
    const blogger = 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1';
    assert.equal(folder.find(`${blogger}/s1600/ojek.jpg`), file('blogger/ojek.jpg'));
    assert.equal(folder.find(`${blogger}/s72-c/ojek.jpg`), file('blogger/ojek.jpg'));
    // Two files are called rally.jpg, and this address says which one no better.
    assert.equal(folder.find(`${blogger}/s1600/rally.jpg`), undefined);
  });

  it('ignores case and decodes the address', () => {
    assert.equal(
      folder.find('https://example.org/uploads/2021/02/creche%20photo.jpg'),
      file('2021/02/Creche Photo.JPG'),
    );
  });

  it('falls back from a WordPress resized copy to its original', () => {
    assert.equal(
      folder.find('https://example.org/wp-content/uploads/2021/02/rally-300x200.jpg'),
      file('2021/02/rally.jpg'),
    );
  });

  it('reads site-relative paths, and never steps out of the folder or finds hidden files', () => {
    assert.equal(folder.find('/content/images/2022/01/report.pdf'), file('2022/01/report.pdf'));
    assert.equal(folder.find('https://example.org/2021/02/.DS_Store'), undefined);
    assert.equal(folder.find('https://example.org/a/%2E%2E/%2E%2E/etc/passwd'), undefined);
    assert.equal(folder.find('https://example.org/x/..%2F..%2Fpasswd'), undefined);
    assert.equal(folder.find('https://example.org/'), undefined);
    assert.equal(folder.find('not a url at all'), undefined);
  });

  it('refuses a folder that is not there, naming it', async () => {
    await assert.rejects(MediaFolder.open(path.join(root, 'missing')), (error: unknown) => {
      assert.ok(error instanceof ImportFileError);
      assert.match(error.message, /--media-dir .*missing cannot be read \(ENOENT\)/);
      return true;
    });
    await assert.rejects(MediaFolder.open(file('2021/02/rally.jpg')), /is a file, not a folder/);
  });
});
