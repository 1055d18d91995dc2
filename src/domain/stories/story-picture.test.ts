import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayShowStoryPicture } from './story-picture.ts';

const CONSENT = { givenAt: '2021-03-01', form: 'written' as const };

describe('a story’s picture', () => {
  it('goes with a named person’s story', () => {
    assert.equal(mayShowStoryPicture({ personName: 'Gopal', consent: CONSENT }), true);
  });

  it('never goes with a withheld name unless the consent covers a picture', () => {
    assert.equal(mayShowStoryPicture({ personName: null, consent: CONSENT }), false);
    assert.equal(
      mayShowStoryPicture({ personName: null, consent: { ...CONSENT, picture: null } }),
      false,
    );
    assert.equal(mayShowStoryPicture({ personName: '  ', consent: CONSENT }), false);
    assert.equal(
      mayShowStoryPicture({ personName: null, consent: { ...CONSENT, picture: 'agreed' } }),
      true,
    );
  });

  it('never goes with a story whose consent is not recorded', () => {
    assert.equal(mayShowStoryPicture({ personName: 'Gopal', consent: null }), false);
    assert.equal(mayShowStoryPicture({}), false);
  });
});
