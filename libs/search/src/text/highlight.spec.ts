import { describe, expect, it } from '@jest/globals';
import {
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
  HIGHLIGHT_SEARCH_PARAMS,
  escapeHtml,
  formattedToHtml,
  formattedValueToHtml,
  highlightedTerms,
  stripHighlight,
} from './highlight.js';
import { normalizeText, sanitizeDisplayText } from './normalize.js';

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('formattedToHtml', () => {
  it('escapes <script> while producing <mark>', () => {
    const formatted = `<script>alert(1)</script> ${PRE}самосвал${POST} & "more"`;
    expect(formattedToHtml(formatted)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>самосвал</mark> &amp; &quot;more&quot;',
    );
  });

  it('escapes text inside highlights too; literal <mark> in text stays text', () => {
    expect(formattedToHtml(`${PRE}<b>${POST} <mark>x</mark>`)).toBe('<mark>&lt;b&gt;</mark> &lt;mark&gt;x&lt;/mark&gt;');
  });

  it('always produces balanced marks, even from broken input', () => {
    expect(formattedToHtml(`a${POST}b${PRE}c`)).toBe('ab<mark>c</mark>');
    expect(formattedToHtml(`${PRE}a${PRE}b${POST}`)).toBe('<mark>a</mark><mark>b</mark>');
    expect(formattedToHtml(`${PRE}${POST}`)).toBe('');
  });

  it('drops stray control characters from a half sentinel', () => {
    expect(formattedToHtml('a\u0001b\u0002c')).toBe('abc');
  });

  it('handles several highlights and plain text', () => {
    expect(formattedToHtml(`${PRE}dump${POST} ${PRE}truck${POST}s`)).toBe('<mark>dump</mark> <mark>truck</mark>s');
    expect(formattedToHtml('plain')).toBe('plain');
  });

  it('uses sentinels that stored and normalised text can never contain', () => {
    expect(HIGHLIGHT_SEARCH_PARAMS).toEqual({ highlightPreTag: PRE, highlightPostTag: POST });
    expect(sanitizeDisplayText(`x${PRE}y`)).not.toContain(PRE);
    expect(normalizeText(`x${POST}y`)).not.toContain(POST);
  });
});

describe('stripHighlight / highlightedTerms / formattedValueToHtml', () => {
  it('strips sentinels', () => {
    expect(stripHighlight(`${PRE}<b>${POST} x`)).toBe('<b> x');
  });

  it('lists distinct highlighted runs from nested values', () => {
    const formatted = { title: `${PRE}Самосвал${POST} ${PRE}БелАЗ${POST}`, tags: [`${PRE}самосвал${POST}`, `${PRE}Самосвал${POST}`] };
    expect(highlightedTerms(formatted)).toEqual(['Самосвал', 'БелАЗ', 'самосвал']);
  });

  it('converts any _formatted field value', () => {
    expect(formattedValueToHtml(`${PRE}<x>${POST}`)).toBe('<mark>&lt;x&gt;</mark>');
    expect(formattedValueToHtml([`${PRE}a${POST}`, 3])).toEqual(['<mark>a</mark>', '3']);
    expect(formattedValueToHtml(42)).toBe('42');
    expect(formattedValueToHtml(null)).toBeNull();
    expect(formattedValueToHtml({})).toBeNull();
  });
});
