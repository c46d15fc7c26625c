export const honeypotFieldName = 'contact_website'
