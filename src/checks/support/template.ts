/** Fills {{name}} placeholders; an unknown name is left visible so a pack author notices it. */
export function fillTemplate(
  template: string,
  data: Readonly<Record<string, string | number | undefined>>,
): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}

/** A drafting blank ("[insert names]", "[●]", 「【插入姓名】」): text the drafter must complete. */
const FILL_IN = /[[【][^\]】]*[\]】]/;

/** True when the text has a blank to fill, so it is shown as guidance, never inserted by --fix. */
export function hasFillInBlank(text: string): boolean {
  return FILL_IN.test(text);
}
