// The moderation lifecycle of a listing: draft → pending review → published → archived,
// with rejected (and a reason) from review. Pure, so every transition is testable.
import type { ListingStatus } from '~/generated/prisma/enums'

export type ListingAction = 'submit' | 'withdraw' | 'approve' | 'reject' | 'archive' | 'restore'

// Who may take each action: the listing's managers (its organisation's members) or moderators.
export const actionActor: Record<ListingAction, 'manager' | 'moderator'> = {
	submit: 'manager',
	withdraw: 'manager',
	approve: 'moderator',
	reject: 'moderator',
	archive: 'manager',
	restore: 'manager',
}

export function nextStatus(
	current: ListingStatus,
	action: ListingAction,
	listing: { everPublished: boolean },
): ListingStatus | null {
	switch (action) {
		case 'submit':
			return current === 'DRAFT' || current === 'REJECTED' ? 'PENDING_REVIEW' : null
		case 'withdraw':
			return current === 'PENDING_REVIEW' ? 'DRAFT' : null
		case 'approve':
			return current === 'PENDING_REVIEW' ? 'PUBLISHED' : null
		case 'reject':
			return current === 'PENDING_REVIEW' ? 'REJECTED' : null
		case 'archive':
			return current === 'ARCHIVED' ? null : 'ARCHIVED'
		case 'restore':
			// An approved listing returns to the public; one never approved goes back to draft.
			return current === 'ARCHIVED' ? (listing.everPublished ? 'PUBLISHED' : 'DRAFT') : null
	}
}
