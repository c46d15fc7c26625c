// URL-safe slugs from Vietnamese text: "Công nghệ xử lý nước thải" -> "cong-nghe-xu-ly-nuoc-thai".
export function removeDiacritics(text: string) {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
}

export function slugify(text: string, maxLength = 80) {
	const slug = removeDiacritics(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
	return slug.slice(0, maxLength).replace(/-+$/g, '') || 'muc'
}
