import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extraction/sentences.js';

// Sentences written for these tests (not taken from any article).
describe('splitSentences', () => {
  it('does not split after "U.S." inside a sentence, but does before a sentence-initial word', () => {
    const s = splitSentences('The U.S. Treasury named two banks. The U.S. The list grew.').map((x) => x.text);
    expect(s).toEqual(['The U.S. Treasury named two banks.', 'The U.S.', 'The list grew.']);
  });

  it('keeps titles, month abbreviations and "No." with what follows', () => {
    const s = splitSentences('Dr. Aliyeva spoke on Jan. 12 about Decree No. 46 of the cabinet. Talks ended.').map((x) => x.text);
    expect(s).toEqual(['Dr. Aliyeva spoke on Jan. 12 about Decree No. 46 of the cabinet.', 'Talks ended.']);
  });

  it('keeps closing quotes with their sentence and splits after them', () => {
    const s = splitSentences('“The mine will open.” She left early. “Why?” he asked.').map((x) => x.text);
    expect(s).toEqual(['“The mine will open.”', 'She left early.', '“Why?” he asked.']);
  });

  it('survives dashes and decimals, and ends a sentence at a line break', () => {
    const s = splitSentences('Output rose 4.2 per cent — a record — in May.\nA new paragraph starts here').map((x) => x.text);
    expect(s).toEqual(['Output rose 4.2 per cent — a record — in May.', 'A new paragraph starts here']);
  });

  it('gives offsets into the text and paragraph numbers', () => {
    const text = 'One. Two.\n\nThree.';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['One.', 'Two.', 'Three.']);
    expect(s[0]?.paragraph).toBe(s[1]?.paragraph);
    expect(s[2]?.paragraph).toBeGreaterThan(s[1]?.paragraph ?? 0);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
