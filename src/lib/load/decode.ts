/** Turns file bytes into text, or explains why a file is not a text file an author can fix. */
import { isUtf8 } from 'node:buffer';

const UTF8 = new TextDecoder('utf-8');

export type Decoded =
	| { ok: true; text: string }
	| { ok: false; reason: 'binary' | 'encoding' | 'empty'; line: number; column: number };

/**
 * Decodes UTF-8, rejecting binary files, invalid UTF-8 and empty files. Strips a BOM.
 * A few stray NUL bytes in otherwise valid UTF-8 text do not make a file
 * binary: the loader reports them at their line instead.
 */
export function decodeText(bytes: Uint8Array): Decoded {
	const sniff = bytes.subarray(0, 8192);
	const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
	if (sniff.includes(0) && (bad >= 0 || countNul(sniff) > MAX_STRAY_NUL))
		return { ok: false, reason: 'binary', line: 1, column: 1 };
	if (bad >= 0) {
		const before = bytes.subarray(0, bad);
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < before.length; i++) {
			if (before[i] === 0x0a) {
				line++;
				lineStart = i + 1;
			}
		}
		return { ok: false, reason: 'encoding', line, column: bad - lineStart + 1 };
	}
	let text = UTF8.decode(bytes);
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') return { ok: false, reason: 'empty', line: 1, column: 1 };
	return { ok: true, text };
}

/** More NUL bytes than this near the start of a file mean it is binary. */
const MAX_STRAY_NUL = 8;

function countNul(bytes: Uint8Array): number {
	let n = 0;
	for (const b of bytes) if (b === 0) n++;
	return n;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		let need = 0;
		let min = 0;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else {
			return i;
		}
		let cp = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}
