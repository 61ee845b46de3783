import { describe, expect, test } from 'vitest';
import { CLOCK_WARNING_EXAMPLE, clockWarningProblem, missingClockWarnings, statesFtcaClock } from '../../../src/lib/deadlines';

describe('statesFtcaClock', () => {
  test.each([
    ['A written claim must reach the agency within two years.', true],
    ['You then have 6 months to sue after a denial.', true],
    ['The lawsuit must be filed within six-months of the denial.', true],
    ['The funding lapse lasted two years.', false],
    ['Congress passed the law two years later.', false],
    ['File the claim soon.', false],
  ])('%s → %s', (text, expected) => expect(statesFtcaClock(text)).toBe(expected));
});

describe('missingClockWarnings', () => {
  test('the example carries both warnings', () => {
    expect(missingClockWarnings(`The claim is due within two years. ${CLOCK_WARNING_EXAMPLE}`)).toEqual([]);
  });
  test('a bare clock lacks both', () => {
    expect(missingClockWarnings('The claim must reach the agency within two years.')).toEqual(['otherClocks', 'mailedDenial']);
  });
  test('the mailed denial alone is not enough', () => {
    expect(missingClockWarnings('Two years to present the claim; six months to sue after the agency mails a denial.')).toEqual(['otherClocks']);
  });
  test('the other clocks alone are not enough', () => {
    expect(missingClockWarnings("Two years for the claim. A claim against the officer can have a shorter deadline that the FTCA claim doesn't pause.")).toEqual(['mailedDenial']);
  });
  test('text that states no clock needs no warning', () => expect(missingClockWarnings('Keep records of what happened.')).toEqual([]));
  test('an unknown language is a configuration error', () => expect(() => statesFtcaClock('x', 'fr')).toThrow('No deadline-warning patterns for language "fr"'));
});

test('the problem sentence names what is missing and how to fix it', () => {
  const message = clockWarningProblem('field "summary"', ['otherClocks', 'mailedDenial']);
  expect(message).toContain('field "summary" states the FTCA deadline but does not say that other claims');
  expect(message).toContain('and that the six months to sue start on the day the agency mails its denial');
  expect(message).toContain('Add it next to the deadline, with its sources');
});

describe('Spanish', () => {
  test.each([
    ['La reclamación debe llegar a la agencia en dos años.', true],
    ['Tiene 6&nbsp;meses para demandar.', true],
    ['El cierre del gobierno duró dos años.', false],
  ])('statesFtcaClock(%s, es) → %s', (text, expected) => expect(statesFtcaClock(text, 'es')).toBe(expected));
  test('a Spanish deadline with both warnings passes; without them it names both', () => {
    const clock = 'La reclamación debe llegar a la agencia en dos años.';
    expect(missingClockWarnings(`${clock} Otras reclamaciones pueden tener plazos más cortos, y esta reclamación no los detiene. Si la agencia envía por correo una denegación, los seis meses empiezan ese día.`, 'es')).toEqual([]);
    expect(missingClockWarnings(clock, 'es')).toEqual(['otherClocks', 'mailedDenial']);
  });
});
