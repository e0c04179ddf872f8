import { Fragment } from 'react';
import { alignHighlight, parseHighlight } from './highlight';

/**
 * A highlight snippet from the API as text with <mark> elements (never as injected HTML), spelled as in
 * `original` (the listing's field) when given.
 */
export function Highlighted({ snippet, original }: { snippet: string; original?: string }) {
  const parts = original === undefined ? parseHighlight(snippet) : alignHighlight(parseHighlight(snippet), original);
  return (
    <>
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
