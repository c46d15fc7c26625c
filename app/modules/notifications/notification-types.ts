// Every kind of notification the site sends. Members choose per type whether it
// appears in the notification centre and whether it is e-mailed.
export const notificationTypes = [
	'listing.approved',
	'listing.rejected',
	'listing.revision.approved',
	'listing.revision.rejected',
	'listing.files.approved',
	'listing.files.rejected',
	'application.status',
	'application.received',
	'review.assigned',
	'organization.verification',
	'expertVerification.approved',
	'expertVerification.rejected',
] as const

export type NotificationType = (typeof notificationTypes)[number]

export function isNotificationType(value: string): value is NotificationType {
	return (notificationTypes as readonly string[]).includes(value)
}
