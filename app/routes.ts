import { type RouteConfig, index, prefix, route } from '@remix-run/route-config'
import { listingPaths } from './modules/listings/listing-paths'

// One browse page and one detail page per listing type, at Vietnamese URLs.
const listingRoutes = Object.entries(listingPaths).flatMap(([type, path]) => [
	route(path, 'routes/listings/browse.tsx', { id: `browse-${type}` }),
	route(`${path}/:slug`, 'routes/listings/detail.tsx', { id: `listing-${type}` }),
])

export default [
	index('routes/home.tsx'),
	route('locale', 'routes/locale.ts'),
	route('healthz', 'routes/healthz.ts'),
	route('privacy', 'routes/privacy.tsx'),
	route('terms', 'routes/terms.tsx'),
	route('province/logo/:id', 'routes/province-logo.ts'),
	route('sitemap.xml', 'routes/sitemap.ts'),
	route('robots.txt', 'routes/robots.ts'),
	route('search', 'routes/search.tsx'),
	route('api/search', 'routes/api/search.ts'),
	...listingRoutes,
	route('chuong-trinh', 'routes/programmes/index.tsx'),
	route('chuong-trinh/:slug', 'routes/programmes/detail.tsx'),

	route('signup', 'routes/auth/signup.tsx'),
	route('verify', 'routes/auth/verify.tsx'),
	route('login', 'routes/auth/login.tsx'),
	route('logout', 'routes/auth/logout.ts'),
	route('forgot-password', 'routes/auth/forgot-password.tsx'),
	route('reset-password', 'routes/auth/reset-password.tsx'),

	route('account/privacy/export', 'routes/account/privacy-export.ts'),
	route('account', 'routes/account/layout.tsx', [
		index('routes/account/profile.tsx'),
		route('organizations', 'routes/account/organizations.tsx'),
		route('listings', 'routes/account/listings.tsx'),
		route('notifications', 'routes/account/notifications.tsx'),
		route('security', 'routes/account/security.tsx'),
		route('confirm-email', 'routes/account/confirm-email.tsx'),
		route('sessions', 'routes/account/sessions.tsx'),
		route('privacy', 'routes/account/privacy.tsx'),
		route('applications', 'routes/account/applications.tsx'),
		route('applications/:applicationId', 'routes/account/application.tsx'),
		route('reviews', 'routes/account/reviews.tsx'),
		route('reviews/:assignmentId', 'routes/account/review.tsx'),
	]),

	...prefix('organizations', [
		route('new', 'routes/organizations/new.tsx'),
		route(':slug', 'routes/organizations/profile.tsx'),
		route(':slug/settings', 'routes/organizations/settings.tsx'),
		route(':slug/members', 'routes/organizations/members.tsx'),
	]),
	route('listings/new', 'routes/listings/editor.tsx', { id: 'listing-new' }),
	route('listings/:listingId/edit', 'routes/listings/editor.tsx', { id: 'listing-edit' }),
	route('listings/:listingId/files', 'routes/listings/files.tsx'),
	route('listings/:listingId/verification', 'routes/listings/verification.ts'),
	...prefix('programmes', [
		route('manage', 'routes/programmes/manage.tsx'),
		route('new', 'routes/programmes/editor.tsx', { id: 'programme-new' }),
		route(':programmeId/edit', 'routes/programmes/editor.tsx', { id: 'programme-edit' }),
		route(':programmeId/preview', 'routes/programmes/preview.tsx'),
		route(':programmeId/applications', 'routes/programmes/applications.tsx'),
		route(':programmeId/applications.csv', 'routes/programmes/applications-csv.ts'),
		route(':programmeId/applications/:applicationId', 'routes/programmes/application.tsx'),
	]),
	route('invitations/:token', 'routes/organizations/invitation.tsx'),
	route('files/:id/:variant?', 'routes/files.ts'),

	route('admin/audit.csv', 'routes/admin/audit-csv.ts'),
	route('admin', 'routes/admin/layout.tsx', [
		index('routes/admin/index.tsx'),
		route('users', 'routes/admin/users.tsx'),
		route('users/:userId', 'routes/admin/user.tsx'),
		route('organizations', 'routes/admin/organizations.tsx'),
		route('organizations/:organizationId', 'routes/admin/organization.tsx'),
		route('listings', 'routes/admin/listings.tsx'),
		route('experts', 'routes/admin/experts.tsx'),
		route('taxonomy', 'routes/admin/taxonomy.tsx'),
		route('import', 'routes/admin/import.tsx'),
		route('search', 'routes/admin/search.tsx'),
		route('mailbox', 'routes/admin/mailbox.tsx'),
		route('audit', 'routes/admin/audit.tsx'),
		route('settings', 'routes/admin/settings.tsx'),
	]),

	route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
