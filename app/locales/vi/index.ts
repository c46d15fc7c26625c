// Every strings file of this language, merged into the one namespace the site uses.
// Each file owns its own top-level keys (a test checks that no two share one, and that
// every JSON file of this folder is listed here); a new area of the site adds its file
// here. The browser downloads this language's bundle only (app/utils/i18n.ts loads it
// by the page's language).
import a11y from './a11y.json'
import applying from './applying.json'
import authHardening from './auth-hardening.json'
import common from './common.json'
import evaluation from './evaluation.json'
import forms from './forms.json'
import httpEdge from './http-edge.json'
import journeys from './journeys.json'
import listingDetails from './listing-details.json'
import moderationIntegrity from './moderation-integrity.json'
import orgs from './orgs.json'
import privacyInvitations from './privacy-invitations.json'
import programmeIntegrity from './programme-integrity.json'
import programmes from './programmes.json'
import reviewing from './reviewing.json'
import settings from './settings.json'

export const files: Record<string, Record<string, unknown>> = { a11y, applying, 'auth-hardening': authHardening, common, evaluation, forms, 'http-edge': httpEdge, journeys, 'listing-details': listingDetails, 'moderation-integrity': moderationIntegrity, orgs, 'privacy-invitations': privacyInvitations, 'programme-integrity': programmeIntegrity, programmes, reviewing, settings }

export const dictionary: Record<string, unknown> = Object.assign({}, ...Object.values(files))
