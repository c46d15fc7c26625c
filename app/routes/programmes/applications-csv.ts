// Placeholder: replaced by the CSV export of issue 6.
export function loader() {
	return new Response(null, { status: 404 })
}
