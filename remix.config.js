// The Remix options, in the one place Remix users look for them. vite.config.ts hands
// this object to the Remix Vite plugin; nothing else reads it.
//
// Routes are declared in app/routes.ts (v3_routeConfig), so no file under app/routes is
// discovered by its name; ignoredRouteFiles keeps tests and helpers out if that changes.

/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
	appDirectory: 'app',
	buildDirectory: 'build',
	serverBuildFile: 'index.js',
	serverModuleFormat: 'esm',
	ignoredRouteFiles: ['**/*.test.{ts,tsx}', '**/.*'],
	future: {
		v3_fetcherPersist: true,
		v3_relativeSplatPath: true,
		v3_throwAbortReason: true,
		v3_singleFetch: true,
		v3_lazyRouteDiscovery: true,
		v3_routeConfig: true,
	},
}
