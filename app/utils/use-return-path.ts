import { useLocation } from '@remix-run/react'
import { currentReturnPath } from './redirect'

// The path that sign-in and sign-up links on this page bring the person back to.
export function useReturnPath() {
	const { pathname, search } = useLocation()
	return currentReturnPath(pathname, search)
}
