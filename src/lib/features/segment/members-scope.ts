// The words above the members table: how much of the segment it lists.
export const MEMBERS_SHOWN = 100;

export function membersScope(total: number | null): string {
	const n = (x: number) => x.toLocaleString('en');
	if (total !== null && total <= MEMBERS_SHOWN) return `all ${n(total)}`;
	return `first ${MEMBERS_SHOWN}${total !== null ? ` of ${n(total)}` : ''} — the full list is in the export`;
}
