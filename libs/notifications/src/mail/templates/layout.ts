import type { Locale } from '@tradebridge/core';
import type { RenderedMail } from '../mail-message.js';

/** What a mail says, before it is laid out as plain text and as simple HTML. */
export interface MailContent {
  subject: string;
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Shown under the button (e.g. "the link works for 24 hours"). */
  afterAction?: string[];
  /** Small print: why this mail came, how to stop it. */
  footer?: string[];
  /** Link lists (a digest). */
  items?: Array<{ text: string; url: string }>;
}

const SIGNATURE: Record<Locale, string> = {
  RU: 'TradeBridge — площадка сотрудничества Беларуси и Владимирской области',
  EN: 'TradeBridge — the Belarus–Vladimir Oblast cooperation platform',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Lays a mail out twice: plain text (every link written out in full) and simple HTML (inline styles,
 * one button), both in the recipient's language; everything from the content is escaped.
 * @example renderMail({ subject: 'Hi', paragraphs: ['Text'], action: { label: 'Open', url } }, 'EN')
 */
export function renderMail(content: MailContent, locale: Locale): RenderedMail {
  const text: string[] = [];
  if (content.greeting) text.push(content.greeting, '');
  for (const p of content.paragraphs) text.push(p, '');
  for (const item of content.items ?? []) text.push(`• ${item.text}`, `  ${item.url}`, '');
  if (content.action) text.push(`${content.action.label}:`, content.action.url, '');
  for (const p of content.afterAction ?? []) text.push(p, '');
  text.push('-- ', SIGNATURE[locale]);
  for (const p of content.footer ?? []) text.push(p);

  const para = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const html = [
    `<!doctype html><html lang="${locale.toLowerCase()}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">',
    content.greeting ? para(content.greeting) : '',
    ...content.paragraphs.map(para),
    content.items?.length
      ? `<ul style="padding-left:20px;margin:0 0 16px">${content.items.map((i) => `<li style="margin-bottom:8px"><a href="${escapeHtml(i.url)}" style="color:#1864ab">${escapeHtml(i.text)}</a></li>`).join('')}</ul>`
      : '',
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1864ab;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;color:#52606d">${escapeHtml(content.action.url)}</p>`
      : '',
    ...(content.afterAction ?? []).map(para),
    `<hr style="border:none;border-top:1px solid #e4e7eb;margin:24px 0 12px"><p style="margin:0;font-size:12px;color:#7b8794">${escapeHtml(SIGNATURE[locale])}</p>`,
    ...(content.footer ?? []).map((p) => `<p style="margin:4px 0 0;font-size:12px;color:#7b8794">${linkify(p)}</p>`),
    '</div></body></html>',
  ].join('');
  return { subject: oneLine(content.subject), text: text.join('\n') + '\n', html };
}

/** Escapes a footer line and turns its URLs into links. */
function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}" style="color:#7b8794">${url}</a>`);
}

/** Subjects are one line of at most 200 characters. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return [...line].length <= 200 ? line : [...line].slice(0, 199).join('') + '…';
}
