import { Fragment } from 'react';
import { parseHighlight } from './highlight';

/** A highlight snippet from the API as text with <mark> elements (never as injected HTML). */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {parseHighlight(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
