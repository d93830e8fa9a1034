/** The custom property a group's colour is read from, for its band or its legend entry. */
export function groupColour(color: string | undefined): string {
  return color ? `--_g:var(--story-group-${color},var(--_group-${color},var(--_group-grey)))` : '';
}
