import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_TYPES, contentTypeDefinition } from './content-type-registry.ts';
import { publicFields, publicFieldsSchema } from './public-fields.ts';

const storedStory = {
  personName: 'Gopal',
  age: 74,
  place: 'Dhading',
  work: null,
  scheme: 'Old-age allowance',
  gatheredBy: 'Sita',
  gatheredAt: '2021-03-01',
  consent: { givenBy: 'Gopal himself', givenAt: '2021-03-02', form: 'recorded' },
  consentWithdrawnAt: null,
  organizations: ['0d9f3c1e-0000-4000-8000-000000000001'],
};

describe('the fields readers see', () => {
  it('shows that a story’s consent was given, when and how, but not who gave it', () => {
    const { consent, consentWithdrawnAt: _withdrawn, ...rest } = storedStory;
    assert.deepEqual(publicFields('story', storedStory), {
      ...rest,
      consent: { givenAt: consent.givenAt, form: consent.form },
    });
  });

  it('leaves a missing or empty consent as it is', () => {
    assert.deepEqual(publicFields('story', { personName: null, consent: null }), {
      personName: null,
      consent: null,
    });
    assert.deepEqual(publicFields('story', {}), {});
  });

  it('shows every field of a type with nothing kept back, and nothing its schema does not name', () => {
    const report = { country: 'nepal', year: 2020, indicators: [{ component: 'x', count: 1 }] };
    assert.deepEqual(publicFields('report', report), report);
    assert.deepEqual(publicFields('post', { retired: 'an old field' }), {});
  });

  it('keeps back only fields a type has', () => {
    for (const type of CONTENT_TYPES) {
      const own = Object.keys(contentTypeDefinition(type).schema.shape);
      const shown = Object.keys(publicFieldsSchema(type).shape);
      assert.deepEqual(
        shown.filter((name) => !own.includes(name)),
        [],
        `${type} shows only its own fields`,
      );
    }
    assert.deepEqual(
      Object.keys(contentTypeDefinition('story').schema.shape).filter(
        (name) => !Object.hasOwn(publicFieldsSchema('story').shape, name),
      ),
      ['consentWithdrawnAt'],
    );
  });
});
