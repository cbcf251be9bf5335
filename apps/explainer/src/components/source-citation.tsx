import type { Source } from "@armstrail/domain";
import { PartialDateText } from "./date";

/**
 * A source as a citation: publisher, title, date and a link out. A title we wrote because
 * no headline was visible is marked as our description, never passed off as a headline.
 */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <span>{source.publisher}</span>
      {", "}
      {source.titleIsDescriptive ? (
        <>
          <span>{source.title}</span>{" "}
          <span className="muted">(description, no headline visible)</span>
        </>
      ) : (
        <cite>“{source.title}”</cite>
      )}
      {", "}
      {source.published ? (
        <PartialDateText date={source.published} />
      ) : (
        <span className="muted">date not known</span>
      )}
      {". "}
      <a href={source.url} rel="noopener">
        Read at {hostOf(source.url)}
        <span className="sr-only"> (external site)</span>
      </a>
    </>
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "the source";
  }
}
