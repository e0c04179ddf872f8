import { describe, expect, it } from '@jest/globals';
import { parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('splits a snippet into plain and marked runs and unescapes the text', () => {
    expect(parseHighlight('Карьерный <mark>самосвал</mark> &lt;90 т&gt; &amp; &quot;БелАЗ&quot; &#39;x&#39;')).toEqual([
      { text: 'Карьерный ', marked: false },
      { text: 'самосвал', marked: true },
      { text: ' <90 т> & "БелАЗ" \'x\'', marked: false },
    ]);
  });

  it('keeps anything that is not exactly a mark tag as text, so escaped markup can never become HTML', () => {
    const parts = parseHighlight('&lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b> <MARK>x</MARK>');
    expect(parts).toEqual([{ text: '<script>alert(1)</script> <b>bold</b> <MARK>x</MARK>', marked: false }]);
  });

  it('tolerates unbalanced tags and empty snippets', () => {
    expect(parseHighlight('')).toEqual([]);
    expect(parseHighlight('<mark>open')).toEqual([{ text: 'open', marked: true }]);
    expect(parseHighlight('a</mark>b')).toEqual([{ text: 'ab', marked: false }]);
  });
});
