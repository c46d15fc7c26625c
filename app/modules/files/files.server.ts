// Uploaded files: size limits, type decided by the file's bytes (never its name or
// the browser's claim), server-generated storage names, and a row in Attachment.
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { access, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileTypeFromBuffer } from 'file-type'
import type { AttachmentKind } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'

export const uploadLimits = {
	IMAGE: 5 * 1024 * 1024,
	DOCUMENT: 20 * 1024 * 1024,
} as const satisfies Record<AttachmentKind, number>

const allowedTypes: Record<AttachmentKind, Record<string, string>> = {
	IMAGE: { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' },
	DOCUMENT: {
		'application/pdf': 'pdf',
		'image/png': 'png',
		'image/jpeg': 'jpg',
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
		'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	},
}

export class UploadError extends Error {
	constructor(
		public readonly code: 'empty' | 'tooLarge' | 'unsupportedType',
		public readonly status: 400 | 413 | 415,
	) {
		super(`upload refused: ${code}`)
	}
}

function uploadRoot() {
	return path.resolve(getEnv().UPLOAD_DIR)
}

export async function storeUpload(input: {
	file: File
	kind: AttachmentKind
	uploadedById: string
	organizationId?: string
	listingId?: string
}) {
	if (input.file.size === 0) throw new UploadError('empty', 400)
	if (input.file.size > uploadLimits[input.kind]) throw new UploadError('tooLarge', 413)
	const bytes = new Uint8Array(await input.file.arrayBuffer())
	const detected = await fileTypeFromBuffer(bytes)
	const extension = detected ? allowedTypes[input.kind][detected.mime] : undefined
	if (!detected || !extension) throw new UploadError('unsupportedType', 415)
	const now = new Date()
	const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${extension}`
	const target = path.join(uploadRoot(), storageKey)
	await mkdir(path.dirname(target), { recursive: true })
	await writeFile(target, bytes, { flag: 'wx' })
	// Only the display name comes from the user, cleaned of paths and control characters.
	const fileName = (path.basename(input.file.name || `file.${extension}`).replace(/[\u0000-\u001f\u007f"\\/]/g, '_').slice(0, 200)) || `file.${extension}`
	return prisma.attachment.create({
		data: {
			kind: input.kind,
			fileName,
			contentType: detected.mime,
			sizeBytes: bytes.byteLength,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			storageKey,
			uploadedById: input.uploadedById,
			organizationId: input.organizationId ?? null,
			listingId: input.listingId ?? null,
		},
		select: { id: true, contentType: true, fileName: true },
	})
}

export async function deleteAttachment(id: string) {
	const row = await prisma.attachment.findUnique({ where: { id }, select: { storageKey: true } })
	if (!row) return
	await prisma.attachment.delete({ where: { id } })
	await rm(path.join(uploadRoot(), row.storageKey), { force: true })
}

// Which attachments anyone may fetch. Later issues add listing and message rules.
export async function findPublicAttachment(id: string) {
	return prisma.attachment.findFirst({
		where: { id, deletedAt: null, logoOf: { isNot: null } },
		select: { id: true, kind: true, fileName: true, contentType: true, sizeBytes: true, storageKey: true },
	})
}

// null when the stored file is gone (e.g. a restored database without its uploads).
export async function openAttachment(storageKey: string) {
	const file = path.join(uploadRoot(), storageKey)
	try {
		await access(file)
	} catch {
		return null
	}
	return createReadStream(file)
}
