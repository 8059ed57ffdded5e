/** Turns file bytes into text, or explains why a file is not a text file an author can fix. */

export type Decoded =
	| { ok: true; text: string }
	| { ok: false; reason: 'binary' | 'encoding' | 'empty'; line: number; column: number };

/** Decodes UTF-8, rejecting binary files, invalid UTF-8 and empty files. Strips a BOM. */
export function decodeText(bytes: Uint8Array): Decoded {
	const sniff = bytes.subarray(0, 8192);
	if (sniff.includes(0)) return { ok: false, reason: 'binary', line: 1, column: 1 };
	const bad = firstInvalidUtf8(bytes);
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
	let text = new TextDecoder('utf-8').decode(bytes);
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') return { ok: false, reason: 'empty', line: 1, column: 1 };
	return { ok: true, text };
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
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
