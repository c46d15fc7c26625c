import { ErrorPage } from '~/components/error-page'

// Catch-all: unknown URLs get the translated 404 page inside the normal layout.
export async function loader() {
	throw new Response('Not Found', { status: 404 })
}

export default function NotFound() {
	return <ErrorPage status={404} />
}

export function ErrorBoundary() {
	return <ErrorPage status={404} />
}

export async function action() {
	throw new Response('Not Found', { status: 404 })
}
