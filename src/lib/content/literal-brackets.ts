import type { Data, Parent } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Position } from 'unist';

/**
 * An escaped `\[`, `\]` or `\@` (or the same characters written as character
 * references, e.g. `&#91;`) is kept apart from the text around it, so the
 * citation scanner never reads `\[@key]` as a marker: an editor can write a
 * literal "[@key]". It renders as plain text (mdast-util-to-hast turns an
 * unknown node with a value into text), and mdast-util-to-string reads it.
 */
export interface LiteralText {
  type: 'literalText';
  value: string;
  position?: Position;
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    literalText: LiteralText;
  }
  interface RootContentMap {
    literalText: LiteralText;
  }
}

const ESCAPED = new Set(['[', ']', '@']);
const REFERENCE = /^&(?:#0*(?:91|93|64)|#[xX]0*(?:5[bBdD]|40)|lsqb|lbrack|rsqb|rbrack|commat);$/;

/** Opens the text node an escape or character reference writes into, as mdast-util-from-markdown does, but alone when it is a bracket or "@". */
function enter(this: CompileContext, token: Token): undefined {
  const raw = this.sliceSerialize(token);
  const literal = token.type === 'characterEscape' ? ESCAPED.has(raw.slice(1)) : REFERENCE.test(raw);
  const parent = this.stack[this.stack.length - 1] as Parent;
  let tail = parent.children[parent.children.length - 1];
  if (literal || tail === undefined || tail.type !== 'text') {
    const start = { line: token.start.line, column: token.start.column, offset: token.start.offset };
    tail = literal ? { type: 'literalText', value: '', position: { start, end: start } } : { type: 'text', value: '', position: { start, end: start } };
    parent.children.push(tail);
  }
  this.stack.push(tail);
  return undefined;
}

/** An mdast-util-from-markdown extension; see remark-literal-brackets.ts. */
export const literalBracketsFromMarkdown: Extension = {
  enter: { characterEscape: enter, characterReference: enter },
};
