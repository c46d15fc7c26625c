import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { loader as fileLoader } from '~/routes/files'
import { action as settingsAction } from '~/routes/organizations/settings'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, invoke, routeArgs, statusOf } from '../support/routes'

// A 1×1 transparent PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

async function uploadLogo(file: File) {
	const owner = await createUser()
	const organization = await createOrganization(owner.id)
	const { cookie } = await sessionCookieFor(owner.id)
	const result = await invoke(settingsAction, formRequest(`/organizations/${organization.slug}/settings`, { logo: file }, cookie), { slug: organization.slug })
	return { status: statusOf(result), result, organization }
}

describe('organisation logo upload', () => {
	test('an image is stored under a server-generated name and served with nosniff', async () => {
		const { status, organization } = await uploadLogo(new File([png], '../../etc/passwd logo.png', { type: 'image/png' }))
		expect(status).toBe(302)
		const org = await prisma.organization.findUniqueOrThrow({ where: { id: organization.id }, select: { logo: true } })
		expect(org.logo?.contentType).toBe('image/png')
		expect(org.logo?.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.png$/)
		expect(org.logo?.fileName).not.toContain('/')
		const response = await fileLoader(routeArgs(getRequest(`/files/${org.logo!.id}`), { id: org.logo!.id }))
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
		expect(response.headers.get('Content-Type')).toBe('image/png')
		// Re-encoded on upload (no metadata kept), still the same 1×1 PNG picture.
		const served = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
		expect(served).toMatchObject({ format: 'png', width: 1, height: 1 })
		// A row whose file is gone answers 404, not a broken stream.
		const { rm } = await import('node:fs/promises')
		const path = await import('node:path')
		await rm(path.join(process.env.UPLOAD_DIR!, org.logo!.storageKey))
		await expect(fileLoader(routeArgs(getRequest(`/files/${org.logo!.id}`), { id: org.logo!.id }))).rejects.toMatchObject({ status: 404 })
	})

	test('a renamed HTML file is refused by its bytes (415)', async () => {
		const { status, result, organization } = await uploadLogo(new File(['<html><script>alert(1)</script></html>'], 'logo.png', { type: 'image/png' }))
		expect(status).toBe(415)
		expect(JSON.stringify(result)).toContain('upload.unsupportedType')
		expect((await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).logoId).toBeNull()
	})

	test('an oversized file is refused (413)', async () => {
		const big = new Uint8Array(5 * 1024 * 1024 + 1)
		big.set(png)
		const { status } = await uploadLogo(new File([big], 'big.png', { type: 'image/png' }))
		expect(status).toBe(413)
	})

	test('files that are not public answer 404', async () => {
		await expect(fileLoader(routeArgs(getRequest('/files/nope'), { id: 'nope' }))).rejects.toMatchObject({ status: 404 })
	})
})
