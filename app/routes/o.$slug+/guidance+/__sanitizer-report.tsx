import { Link } from "@remix-run/react";

/**
 * Tells an agency's author what the sanitizer took out of their guidance, so a missing script, picture or link
 * in the preview is explained rather than a surprise (coalitions see the same cleaned text).
 */
export function SanitizerReport({ removed }: { removed: string[] }) {
  if (removed.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>We removed: {removed.join(", ")}.</strong>
      </p>
      <p>
        Guidance keeps only text, headings, lists, tables and web or email links, so that it is safe to show in every
        coalition&rsquo;s inbox. Coalitions see the preview below. To change it,{" "}
        <Link to="edit">edit the guidance</Link>.
      </p>
    </div>
  );
}
