/**
 * Fills `{name}` placeholders of a message with values; a placeholder with
 * no value stays as it is, so a missing value shows instead of vanishing.
 * One function for the CLI's, the diagrams' and the reports' messages.
 */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
