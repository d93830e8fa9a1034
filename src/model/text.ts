/** A field's text, trimmed; undefined when it is not text or only spaces. Shared by the model's readers. */
export function text(value: unknown): string | undefined {
  return (typeof value === 'string' && value.trim()) || undefined;
}
