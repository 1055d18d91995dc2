import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('keeps Latin titles as they were: lowercase words, diacritics folded, & spelt out', () => {
    assert.equal(slugify('Garment Workers Win a Wage Rise!'), 'garment-workers-win-a-wage-rise');
    assert.equal(slugify('Lao động di cư'), 'lao-dong-di-cu');
    assert.equal(slugify('Pensions & care — now'), 'pensions-and-care-now');
    assert.equal(slugify('Workers’ rights'), 'workers-rights');
  });

  it('gives titles in the network’s other scripts a meaningful address, never an empty one', () => {
    assert.equal(slugify('सामाजिक सुरक्षा सबैका लागि'), 'samajik-surksa-sbaika-lagi');
    assert.equal(slugify('সামাজিক সুরক্ষা'), 'samajik-surksa');
    assert.match(slugify('សន្តិសុខសង្គម សម្រាប់កម្មករ'), /^[a-z]{6,}-[a-z]{6,}$/);
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const slug = slugify('word '.repeat(40), 20);
    assert.ok(slug.length <= 20);
    assert.doesNotMatch(slug, /-$/);
  });

  it('leaves nothing when there are no letters or digits', () => {
    assert.equal(slugify('— … —'), '');
  });
});
