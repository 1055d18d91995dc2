import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ForbiddenError, ValidationError } from './errors.ts';
import { getTranslator } from './i18n/translator.ts';
import { problem, problemText } from './problems.ts';

it('words a problem in English, numbers as the digits they are', () => {
  assert.equal(
    problemText(problem('problem.maxCharacters', { max: 2000 })),
    'must be 2000 characters or fewer',
  );
  assert.equal(problemText(problem('problem.yearFrom', { min: 1990 })), 'must be from 1990 on');
  assert.equal(
    problemText(problem('problem.tooManySignIns', { count: 1 }), getTranslator('en')),
    'Too many sign-in attempts. Try again in 1 minute.',
  );
  assert.equal(
    problemText(problem('problem.tooManySignIns', { count: 5 })),
    'Too many sign-in attempts. Try again in 5 minutes.',
  );
});

it('keeps an error’s codes beside its English, and takes words that have no code yet', () => {
  const error = new ValidationError(problem('problem.fieldsNeedAttention'), {
    title: problem('problem.maxCharacters', { max: 300 }),
    body: 'is not what we hoped',
  });
  assert.equal(error.message, 'Some fields need attention.');
  assert.deepEqual(error.fields, {
    title: 'must be 300 characters or fewer',
    body: 'is not what we hoped',
  });
  assert.deepEqual(error.fieldProblems?.title, {
    key: 'problem.maxCharacters',
    params: { max: 300 },
  });
  assert.deepEqual(error.fieldProblems?.body, {
    key: 'problem.untranslated',
    params: { text: 'is not what we hoped' },
  });
  const plain = new ForbiddenError();
  assert.equal(plain.message, 'You are not allowed to do that.');
  assert.deepEqual(plain.problem, { key: 'problem.notAllowed' });
  assert.equal(plain.fields, undefined);
});
