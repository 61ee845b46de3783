import { describe, expect, test } from 'vitest';
import { readYaml } from '../../../../src/lib/content/yaml';

const read = (text: string, options = {}) => readYaml(text, 'f.yaml', options);

describe('readYaml reads plain YAML as written', () => {
  test('text, numbers, true/false, empty, lists and maps', () => {
    expect(read('a: text\nb: 28\nc: -1.5\nd: true\ne:\nf: [x, "y"]\ng: { h: i }\n').value).toEqual({ a: 'text', b: 28, c: -1.5, d: true, e: null, f: ['x', 'y'], g: { h: 'i' } });
  });

  test('dates stay the text written, never a Date', () => {
    expect(read('a: 2026-02-30\nb: 2026-06-01 # checked\nc: 2026-06-01T22:00:00-05:00\n').value).toEqual({ a: '2026-02-30', b: '2026-06-01', c: '2026-06-01T22:00:00-05:00' });
  });

  test('keys stay the text written', () => {
    expect(Object.keys(read('010: a\n1e3: b\ntrue: c\nnull: d\n"q": e\n').value as object)).toEqual(['010', '1e3', 'true', 'null', 'q']);
  });

  test('a "__proto__" key is an ordinary field, not a prototype', () => {
    const value = read('__proto__: { polluted: true }\n').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('lines are file lines, from firstLine', () => {
    const result = read('a: 1\nb:\n  - x\n  - y\n', { firstLine: 2 });
    expect([result.lineOf(['a']), result.lineOf(['b']), result.lineOf(['b', 1]), result.lineOf(['missing'])]).toEqual([2, 3, 5, 2]);
  });
});

describe('readYaml refuses what makes a file say something other than it shows', () => {
  test.each([
    ['an alias', 'a: &x 1\nb: *x\n', 'f.yaml:1: field "a": the anchor "&x" is not allowed'],
    ['an alias (second message)', 'a: &x 1\nb: *x\n', 'f.yaml:2: field "b": the alias "*x" repeats a value'],
    ['an anchor on a block map, reported on its line', 'a: &x\n  b: 1\n', 'f.yaml:1: field "a": the anchor "&x" is not allowed'],
    ['a merge key', 'a:\n  <<: { b: 1 }\n', 'f.yaml:2: field "a": merge keys ("<<:") copy fields from elsewhere and are not allowed'],
    ['a standard tag', 'a: !!str 1\n', 'f.yaml:1: field "a": the tag "!!str" is not allowed'],
    ['a binary tag', 'a: !!binary aGk=\n', 'the tag "!!binary" is not allowed'],
    ['a timestamp tag', 'a: !!timestamp 2026-02-30\n', 'the tag "!!timestamp" is not allowed'],
    ['a local tag', 'a: !custom x\n', 'f.yaml:1: YAML error: Unresolved tag: !custom. Remove the tag'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: 010\n', 'YAML directives (lines starting with "%") are not allowed'],
    ['a TAG directive', '%TAG ! tag:evil,2026:\n---\na: 1\n', 'YAML directives (lines starting with "%") are not allowed'],
    ['a second document', 'a: 1\n---\nb: 2\n', 'Remove the extra "---" line: a file holds one YAML document.'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', 'f.yaml:3: field "a" is given twice (first on line 1). Keep one and remove the other.'],
    ['a duplicate key, once quoted', 'a: 1\n"a": 3\n', 'f.yaml:2: field "a" is given twice (first on line 1).'],
    ['a complex key', '? [a, b]\n: c\n', 'a key must be plain text, e.g. "title:". Rewrite the key.'],
    ['an octal-looking number', 'a: 010\n', 'f.yaml:1: field "a": "010" is not a plain number. Write digits only (e.g. 28), or put it in quotes if it is text.'],
    ['a hexadecimal number', 'a: 0x1F\n', '"0x1F" is not a plain number'],
    ['an octal number', 'a: 0o17\n', '"0o17" is not a plain number'],
    ['an exponent', 'a: 1e3\n', '"1e3" is not a plain number'],
    ['infinity', 'a: .inf\n', '".inf" is not a plain number'],
    ['not a number', 'a: .nan\n', '".nan" is not a plain number'],
    ['a plus sign', 'a: +5\n', '"+5" is not a plain number'],
    ['an over-long text', `a: "${'x'.repeat(2_001)}"\n`, 'f.yaml:1: field "a": the text is 2001 characters long; the limit is 2000. Shorten it.'],
    ['deep nesting', 'a: { b: { c: { d: { e: 1 } } } }\n', 'the value is nested more than 4 levels deep'],
    ['a bidirectional control written as an escape', 'a: "\\u202Eshtnom 6"\n', 'f.yaml:1: field "a": contains the invisible character U+202E (right-to-left override, a bidirectional control).'],
    ['a null character written as an escape', 'a: "x\\0y"\n', 'contains the invisible character U+0000 (null character)'],
    ['a zero-width space in a key, as an escape', '"ti\\u200Btle": x\n', 'the key contains the invisible character U+200B (zero-width space)'],
    ['a tab used for indentation', 'a:\n\tb: 1\n', 'f.yaml:2: YAML error'],
    ['an unclosed quote', 'a: "open\n', 'Fix the YAML syntax'],
    ['nesting that overflows the parser', '['.repeat(100_000), 'nested far too deeply'],
  ])('%s', (_label, text, message) => {
    const result = read(text);
    expect(result.value).toBeUndefined();
    expect(result.errors.join('\n')).toContain(message);
  });

  test('a character written directly is left to the raw scan (reported once, with its column)', () => {
    expect(read('a: "\u202Ex"\n').errors).toEqual([]);
  });

  test('an alias bomb is refused in linear time, without expanding anything', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array.from({ length: 10 }, () => `*l${i}`).join(', ')}]`);
    const text = `l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n${levels.join('\n')}\n`;
    expect(read(text, { maxDepth: 2 }).errors.length).toBeGreaterThan(0);
  });
});
