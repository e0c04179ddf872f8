import { describe, expect, it } from '@jest/globals';
import { alignHighlight, parseHighlight } from './highlight';

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

describe('alignHighlight', () => {
  it("gives the runs the listing's own spelling (ё), whole or cropped", () => {
    const title = 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т';
    const whole = alignHighlight(parseHighlight('Карьерный <mark>самосвал</mark> БелАЗ-75570 грузоподъемностью <mark>90</mark> т'), title);
    expect(whole.map((p) => p.text).join('')).toBe(title);
    expect(whole.filter((p) => p.marked).map((p) => p.text)).toEqual(['самосвал', '90']);
    const cropped = alignHighlight(parseHighlight('…кузов объемом 53 м³ с <mark>обогревом</mark>…'), 'Самосвал, кузов объёмом 53 м³ с обогревом выхлопом');
    expect(cropped.map((p) => p.text).join('')).toBe('…кузов объёмом 53 м³ с обогревом…');
    expect(cropped.find((p) => p.marked)?.text).toBe('обогревом');
  });

  it('leaves runs that are not a piece of the original as they are', () => {
    const parts = parseHighlight('<mark>самосвал</mark>, карьерный');
    expect(alignHighlight(parts, 'совсем другой текст')).toEqual(parts);
  });
});
