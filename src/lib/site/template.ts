/** Fills `{name}` placeholders of an interface string. Kept apart from i18n.ts so browser scripts can use it without shipping every string. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
