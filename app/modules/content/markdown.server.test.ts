import { describe, expect, test } from 'vitest'
import { renderMarkdown } from './markdown.server'

const xssCorpus = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[click](javascript:alert(1))',
	'[click](JaVaScRiPt:alert(1))',
	'[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'<a href="javascript:alert(1)">x</a>',
	'<svg><script>alert(1)</script></svg>',
	'<iframe src="https://evil.example"></iframe>',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<p onclick="alert(1)">x</p>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<form action="https://evil.example"><input name=a></form>',
	'![x](https://evil.example/x.png" onerror="alert(1))',
	'<object data="x"></object><embed src="x">',
	'<a href="//evil.example">protocol-relative</a>',
	'<base href="https://evil.example/">',
	'<meta http-equiv="refresh" content="0;url=https://evil.example">',
]

describe('renderMarkdown', () => {
	test('renders the Markdown members write', () => {
		const html = renderMarkdown('# Công nghệ\n\n**Hiệu suất** tăng *30 %*.\n\n- sấy lạnh\n- bơm nhiệt\n\n[Viện](https://example.vn)')
		expect(html).toContain('<h2>Công nghệ</h2>')
		expect(html).toContain('<strong>Hiệu suất</strong>')
		expect(html).toContain('<li>sấy lạnh</li>')
		expect(html).toContain('<a href="https://example.vn" rel="nofollow noopener noreferrer ugc">Viện</a>')
	})

	test.each(xssCorpus)('renders %s inert', (input) => {
		const html = renderMarkdown(input)
		expect(html).not.toMatch(/<script|<iframe|<svg|<object|<embed|<form|<input|<img|<style|<base|<meta|<math/i)
		// Checked inside tags: the same words as plain text are harmless.
		expect(html).not.toMatch(/<[^>]*\son\w+=/i)
		expect(html).not.toMatch(/<[^>]*(javascript:|data:text|href="\/\/)/i)
		expect(html).not.toMatch(/<[^>]*style=/i)
	})
})

describe('markdownToPlainText (search documents)', () => {
	test('keeps the words, drops syntax, tags and URLs', async () => {
		const { markdownToPlainText } = await import('./markdown.server')
		const markdown = [
			'## Thông số **kỹ thuật**',
			'',
			'- Công suất: *500 kg/mẻ*',
			'1. Điện năng ~~15~~ 12 kW',
			'> Trích dẫn',
			'',
			'Xem [tài liệu hướng dẫn](https://example.vn/huong-dan) và ![sơ đồ](x.png).',
			'<script>alert(1)</script> &amp; `mã` | bảng |',
			'```',
			'mã nguồn',
			'```',
		].join('\n')
		expect(markdownToPlainText(markdown)).toBe(
			'Thông số kỹ thuật Công suất: 500 kg/mẻ Điện năng 15 12 kW Trích dẫn Xem tài liệu hướng dẫn và sơ đồ . alert(1) mã bảng mã nguồn',
		)
	})
})
