/**
 * Everything a report shows comes from documents and rule packs, so it is hostile input:
 * text is escaped for element content and quoted attributes alike, and only http(s)
 * addresses become links.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe inside element content and inside single- or double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** The address when it is an absolute http(s) URL, otherwise undefined (never javascript:, data:, …). */
export function safeLinkUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
