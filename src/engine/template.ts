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
