import { expect, test } from 'vitest';
import { abbreviateCaseName } from '../../../../src/lib/citations/t6';

// Case names as reported, and as law reviews print them in citations (Bluebook T6, rule 10.2.2).
test.each([
  ['Sheikh v. U.S. Department of Homeland Security', "Sheikh v. U.S. Dep't of Homeland Sec."],
  ['Bivens v. Six Unknown Named Agents of Federal Bureau of Narcotics', 'Bivens v. Six Unknown Named Agents of Fed. Bureau of Narcotics'],
  ['Correctional Services Corp. v. Malesko', 'Corr. Servs. Corp. v. Malesko'],
  ['Fields v. Federal Bureau of Prisons', 'Fields v. Fed. Bureau of Prisons'],
  ['Aguilar v. U.S. Immigration & Customs Enforcement', 'Aguilar v. U.S. Immigr. & Customs Enf’t'.replace('’', "'")],
  ['National Rifle Association of America v. Vullo', "Nat'l Rifle Ass'n of Am. v. Vullo"],
  ['Jakuttis v. Town of Dracut', 'Jakuttis v. Town of Dracut'],
  ['District of Columbia v. Carter', 'District of Columbia v. Carter'],
  ['United States v. Kwai Fun Wong', 'United States v. Kwai Fun Wong'],
  ['Trump v. CASA, Inc.', 'Trump v. CASA, Inc.'],
  ['INS v. Lopez-Mendoza', 'INS v. Lopez-Mendoza'],
  ['Hernández v. Mesa', 'Hernández v. Mesa'],
  ['Gutierrez de Martinez v. Lamagno', 'Gutierrez de Martinez v. Lamagno'],
  ['Smith v. Department of Corrections and Rehabilitation', "Smith v. Dep't of Corr. & Rehab."],
])('%s', (name, expected) => {
  expect(abbreviateCaseName(name)).toBe(expected);
});
