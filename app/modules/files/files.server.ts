// Uploaded files: size limits, type decided by the file's bytes (never its name or
// the browser's claim), server-generated storage names, and a row in Attachment.
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
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

// Images are decoded and re-encoded: this drops metadata such as a photo's GPS
// position, turns the picture upright, bounds its size, and refuses files that only
// look like images. Decoding stops at this many pixels (decompression bombs).
const imagePolicy = { maxInputPixels: 40_000_000, maxSide: 2560, thumbnailSide: 480 }

export class UploadError extends Error {
	constructor(
		public readonly code: 'empty' | 'tooLarge' | 'unsupportedType' | 'unreadableImage' | 'tooMany' | 'malformed',
		public readonly status: 400 | 409 | 413 | 415,
		// Text fields of the form read before the refusal, to show them again.
		public readonly fields: Record<string, string> = {},
	) {
		super(`upload refused: ${code}`)
	}
}

function uploadRoot() {
	return path.resolve(getEnv().UPLOAD_DIR)
}

type ProcessedImage = { bytes: Uint8Array; thumbnail: Uint8Array; width: number; height: number }

async function processImage(bytes: Uint8Array, mime: string): Promise<ProcessedImage> {
	const open = () => sharp(bytes, { limitInputPixels: imagePolicy.maxInputPixels, failOn: 'error' }).rotate()
	try {
		const bounded = open().resize({ width: imagePolicy.maxSide, height: imagePolicy.maxSide, fit: 'inside', withoutEnlargement: true })
		const encoded =
			mime === 'image/png' ? bounded.png({ compressionLevel: 9 }) : mime === 'image/webp' ? bounded.webp({ quality: 88 }) : bounded.jpeg({ quality: 88, mozjpeg: true })
		const { data, info } = await encoded.toBuffer({ resolveWithObject: true })
		const thumbnail = await open()
			.resize({ width: imagePolicy.thumbnailSide, height: imagePolicy.thumbnailSide, fit: 'inside', withoutEnlargement: true })
			.webp({ quality: 80 })
			.toBuffer()
		return { bytes: new Uint8Array(data), thumbnail: new Uint8Array(thumbnail), width: info.width, height: info.height }
	} catch {
		throw new UploadError('unreadableImage', 415)
	}
}

function newStorageKey(extension: string) {
	const now = new Date()
	return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${extension}`
}

async function writeStored(storageKey: string, bytes: Uint8Array) {
	const target = path.join(uploadRoot(), storageKey)
	await mkdir(path.dirname(target), { recursive: true })
	await writeFile(target, bytes, { flag: 'wx' })
}

const maxFileNameLength = 200

// Only the display name comes from the user (the stored name is generated): without
// folders (either separator) or control characters, and bounded,
// keeping its extension when shortened.
export function displayFileName(original: string, extension: string) {
	const base = (original.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]/g, '_').trim()
	const cleaned = base.replace(/^\.+/, '') || `file.${extension}`
	if (cleaned.length <= maxFileNameLength) return cleaned
	const dot = cleaned.lastIndexOf('.')
	const suffix = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
	return `${Array.from(cleaned).slice(0, maxFileNameLength - suffix.length - 1).join('')}…${suffix}`
}

// A download's Content-Disposition: the name only in RFC 5987 form (`filename*`, which every
// current browser reads), every character outside attr-char percent-encoded, so no
// character of a user's file name can end or extend the header.
export function contentDisposition(type: 'inline' | 'attachment', fileName: string) {
	const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
	return `${type}; filename*=UTF-8''${encoded}`
}

export async function storeUpload(input: {
	file: File
	kind: AttachmentKind
	uploadedById: string
	organizationId?: string
	listingId?: string
	caption?: string
	approved?: boolean
	// Narrower than the kind allows, e.g. ['application/pdf'] for a pitch deck.
	onlyTypes?: string[]
}) {
	if (input.file.size === 0) throw new UploadError('empty', 400)
	if (input.file.size > uploadLimits[input.kind]) throw new UploadError('tooLarge', 413)
	const received = new Uint8Array(await input.file.arrayBuffer())
	const detected = await fileTypeFromBuffer(received)
	const extension = detected ? allowedTypes[input.kind][detected.mime] : undefined
	if (!detected || !extension) throw new UploadError('unsupportedType', 415)
	if (input.onlyTypes && !input.onlyTypes.includes(detected.mime)) throw new UploadError('unsupportedType', 415)
	const image = detected.mime.startsWith('image/') ? await processImage(received, detected.mime) : null
	const bytes = image?.bytes ?? received
	const storageKey = newStorageKey(extension)
	const thumbnailKey = image ? storageKey.replace(/\.[a-z]+$/, '.thumb.webp') : null
	await writeStored(storageKey, bytes)
	if (image && thumbnailKey) await writeStored(thumbnailKey, image.thumbnail)
	const fileName = displayFileName(input.file.name, extension)
	return prisma.attachment.create({
		data: {
			kind: input.kind,
			fileName,
			contentType: detected.mime,
			sizeBytes: bytes.byteLength,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			storageKey,
			thumbnailKey,
			width: image?.width ?? null,
			height: image?.height ?? null,
			caption: input.caption?.trim() || null,
			approvedAt: input.approved ? new Date() : null,
			uploadedById: input.uploadedById,
			organizationId: input.organizationId ?? null,
			listingId: input.listingId ?? null,
		},
		select: { id: true, contentType: true, fileName: true },
	})
}

export async function deleteAttachment(id: string) {
	const row = await prisma.attachment.findUnique({ where: { id }, select: { storageKey: true, thumbnailKey: true } })
	if (!row) return
	await prisma.attachment.delete({ where: { id } })
	await removeStoredFiles([row])
}

export async function removeStoredFiles(rows: { storageKey: string; thumbnailKey: string | null }[]) {
	for (const row of rows) {
		await rm(path.join(uploadRoot(), row.storageKey), { force: true })
		if (row.thumbnailKey) await rm(path.join(uploadRoot(), row.thumbnailKey), { force: true })
	}
}

// null when the stored file is gone (e.g. a restored database without its uploads).
export async function openAttachment(storageKey: string) {
	const file = path.join(uploadRoot(), storageKey)
	try {
		const { size } = await stat(file)
		return { stream: createReadStream(file), size }
	} catch {
		return null
	}
}
