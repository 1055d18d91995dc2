import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stemIndonesian } from './indonesian-stemmer.ts';

/** Asserts that every word of a family folds to `root`. */
function assertFamily(root: string, words: string[]): void {
  for (const word of words) assert.equal(stemIndonesian(word), root, word);
}

describe('stemIndonesian', () => {
  it('brings pekerja, bekerja, pekerjaan and dikerjakan to kerja', () => {
    assertFamily('kerja', [
      'kerja',
      'pekerja',
      'bekerja',
      'pekerjaan',
      'dikerjakan',
      'mengerjakan',
      'kerjanya',
      'pekerjaannya',
    ]);
  });

  it('removes every prefix the network’s writing uses, with the suffix it allows', () => {
    assertFamily('juang', ['berjuang', 'pejuang', 'perjuangan', 'memperjuangkan']);
    assertFamily('lindung', ['perlindungan', 'melindungi']);
    assertFamily('sehat', ['sehat', 'kesehatan']);
    assertFamily('adil', ['adil', 'keadilan']);
    assertFamily('upah', ['upah', 'pengupahan']);
    assertFamily('ajar', ['ajar', 'belajar', 'pelajaran', 'mengajar', 'pengajar']);
    assertFamily('beri', ['memberi', 'memberikan', 'pemberian']);
    assertFamily('jadi', ['terjadi']);
    assertFamily('didik', ['mendidik', 'pendidikan']);
    assertFamily('bantu', ['bantuan']);
  });

  it('gives a root back the first letter a nasal prefix took', () => {
    assertFamily('tulis', ['tulisan', 'menulis', 'penulis', 'ditulis']);
    assertFamily('tingkat', ['meningkatkan', 'peningkatan']);
    assertFamily('perintah', ['pemerintah', 'pemerintahan', 'memerintah']);
    assertFamily('terima', ['terima', 'menerima', 'diterima', 'penerimaan']);
  });

  it('keeps ke- and ter- on roots that begin with them', () => {
    for (const word of ['kelompok', 'keluarga', 'ketua', 'terima']) {
      assert.equal(stemIndonesian(word), word);
    }
  });

  it('keeps words of two syllables or fewer whole, so short words are not over-stemmed', () => {
    for (const word of ['buruh', 'makan', 'upah', 'kerja', 'dinas', 'peran', 'terus', 'di']) {
      assert.equal(stemIndonesian(word), word);
    }
  });

  it('keeps common roots that only look prefixed', () => {
    for (const word of ['media', 'mereka', 'menteri', 'merdeka', 'digital']) {
      assert.equal(stemIndonesian(word), word);
    }
  });

  it('leaves words with digits or other letters as they are', () => {
    for (const word of ['pekerja2', 'kerja_sama', 'श्रमिक', '']) {
      assert.equal(stemIndonesian(word), word);
    }
  });
});
