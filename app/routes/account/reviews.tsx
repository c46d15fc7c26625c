// Placeholder: replaced by the page of issue 6.
export default function Placeholder() {
	return null
}
