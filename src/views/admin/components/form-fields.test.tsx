import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldMessage } from './form-fields.tsx';

describe('fieldMessage', () => {
  it('puts a fragment after its label, and leaves a sentence or a count as it is', () => {
    assert.equal(fieldMessage('Title', 'is required'), 'Title is required');
    assert.equal(fieldMessage('File', 'Upload a PDF file.'), 'Upload a PDF file.');
    assert.equal(
      fieldMessage('Body', '2 images without alt text: describe each image before publishing'),
      '2 images without alt text: describe each image before publishing',
    );
  });

  it('tells a fragment from a sentence in a script without capitals by its full stop', () => {
    assert.equal(fieldMessage('शीर्षक', 'आवश्यक छ'), 'शीर्षक आवश्यक छ');
    assert.equal(fieldMessage('फाइल', 'फाइल खाली छ।'), 'फाइल खाली छ।');
    assert.equal(fieldMessage('ចំណងជើង', 'ត្រូវតែបំពេញ'), 'ចំណងជើង ត្រូវតែបំពេញ');
    assert.equal(fieldMessage('ឯកសារ', 'ឯកសារទទេ។'), 'ឯកសារទទេ។');
  });
});
