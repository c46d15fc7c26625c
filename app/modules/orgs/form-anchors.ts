// Where each part of the organisation form is, for links that send an owner to the field
// to fix. Kept apart from the zod schemas so public pages linking here do not download zod.
export const organizationFormAnchors = { size: 'organization-size', fields: 'organization-fields', commune: 'organization-commune' } as const
