// Every strings file of this language, merged into the one namespace the site uses.
// Each file owns its own top-level keys (a test checks that no two share one); a new
// area of the site adds a file here and nowhere else. The browser downloads this
// language's bundle only (app/utils/i18n.ts loads it by the page's language).
const modules = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' })

export const files: Record<string, Record<string, unknown>> = Object.fromEntries(
	Object.entries(modules).map(([file, strings]) => [file.replace(/^\.\/(.*)\.json$/, '$1'), strings]),
)

export const dictionary: Record<string, unknown> = Object.assign({}, ...Object.values(files))
