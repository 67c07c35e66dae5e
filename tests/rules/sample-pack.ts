/** A small valid pack for a fictional issuer; tests change one line at a time. */
export const SAMPLE_PACK = `name: demo
title: Demo announcement furniture
version: 0.1.0
rules:
  - id: demo/placeholder-left
    title: Drafting placeholders left in the text
    severity: error
    message: "A drafting placeholder remains: {{match}}"
    citation:
      source: Market practice
      url: https://example.com/practice
      verified: false
    check:
      kind: forbidden
      patterns: ['\\[(TBD|TBC)\\]', '\\bXX%']
    examples:
      valid:
        - text: Lumen Harbour Biotech Limited (stock code 9876) announces its results.
      invalid:
        - text: The meeting will be held on [TBD].
          kind: forbidden
  - id: demo/stock-code
    title: One stock code throughout
    severity: warning
    message: "Stock code {{value}} differs from {{first}}."
    citation:
      source: Market practice
      url: https://example.com/practice
      verified: false
    check:
      kind: consistency
      pattern: '(?:stock code)\\s*:?\\s*(?P<value>\\d{1,5})'
    examples:
      valid:
        - text: Stock code 9876. Stock code 9876.
      invalid:
        - text: Stock code 9876. Stock code 9867.
          kind: inconsistent
`;

/** SAMPLE_PACK with `from` replaced by `to` (which must occur exactly once). */
export function edit(from: string, to: string, text = SAMPLE_PACK): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`\`${from}\` must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
