import { type RouteConfig, index, route } from '@remix-run/route-config'

export default [
	index('routes/home.tsx'),
	route('locale', 'routes/locale.ts'),
	route('healthz', 'routes/healthz.ts'),
	route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
