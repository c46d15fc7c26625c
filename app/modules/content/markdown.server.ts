// Markdown written by members, rendered on the server and cleaned with an allow-list:
// whatever the input, only these tags and attributes reach the page.
import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

const allowList: sanitizeHtml.IOptions = {
	allowedTags: [
		'p', 'br', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr',
		'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
	],
	allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		// Headings start at h2: the page's title is the only h1.
		h1: 'h2',
		a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer ugc' } }),
	},
}

export function renderMarkdown(markdown: string) {
	const html = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string
	return sanitizeHtml(html, allowList)
}

// The words of a Markdown text, for searching (never rendered): syntax, tags, URLs
// and entities removed, link and image texts kept. Much cheaper than rendering and
// sanitising, which matters when 100,000 listings are reindexed.
export function markdownToPlainText(markdown: string) {
	return markdown
		.replace(/```[^\n]*\n([\s\S]*?)```/g, ' $1 ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
		.replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
		.replace(/[*_~`|#>]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
}
