import { describe, expect, it } from 'vitest';
import { parseInline, parseRichText, safeHttpsUrl } from './rich-text.ts';

describe('parseRichText', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    expect(parseRichText('One\ntwo\n\nThree')).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'One' }, { type: 'break' }, { type: 'text', text: 'two' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Three' }] },
    ]);
  });

  it('reads "- " lines as a bullet list, even right after a paragraph line', () => {
    expect(parseRichText('Bring:\n- ID\n- *cash*')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Bring:' }] },
      {
        type: 'list',
        items: [[{ type: 'text', text: 'ID' }], [{ type: 'emphasis', text: 'cash' }]],
      },
    ]);
  });

  it('parses https links', () => {
    expect(parseInline('See [SWAN](https://swanvancouver.ca/legal/).')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', label: 'SWAN', href: 'https://swanvancouver.ca/legal/' },
      { type: 'text', text: '.' },
    ]);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](http://example.org)',
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](JaVaScRiPt:alert(1))',
    '[x](//evil.example)',
    '[x](vbscript:msgbox)',
  ])('keeps %s as literal text', (text) => {
    expect(parseInline(text)).toEqual([{ type: 'text', text }]);
  });

  it('keeps HTML as literal text', () => {
    const html = '<img src=x onerror=alert(1)> &lt;b&gt;';
    expect(parseRichText(html)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: html }] },
    ]);
  });

  it('leaves a lone or spaced asterisk alone', () => {
    expect(parseInline('5 * 3 and *unclosed')).toEqual([
      { type: 'text', text: '5 * 3 and *unclosed' },
    ]);
  });

  it('handles Windows line endings and empty input', () => {
    expect(parseRichText('a\r\n\r\nb')).toHaveLength(2);
    expect(parseRichText('')).toEqual([]);
  });
});

describe('safeHttpsUrl', () => {
  it('accepts https only', () => {
    expect(safeHttpsUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpsUrl('http://example.org')).toBeUndefined();
    expect(safeHttpsUrl('not a url')).toBeUndefined();
  });
});
