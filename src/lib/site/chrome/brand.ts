/**
 * The brand colour from handbook.yaml made safe to use: WCAG 2.2 AA contrast
 * for links and for text on brand-coloured surfaces, in light and dark mode.
 */

type Rgb = [number, number, number];

const HEX = /^#?([0-9a-f]{6})$/i;

function parseHex(hex: string): Rgb | undefined {
	const m = HEX.exec(hex.trim());
	if (!m) return undefined;
	const n = Number.parseInt(m[1] as string, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as defined by WCAG. */
function luminance(rgb: Rgb): number {
	const [r, g, b] = rgb.map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [ca, cb] = [parseHex(a), parseHex(b)];
	if (!ca || !cb) return 1;
	const [la, lb] = [luminance(ca), luminance(cb)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
	return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as Rgb;
}

/**
 * `color` moved towards `towards` (black or white) in small steps until it
 * reaches `min` contrast against `background`; unchanged when it already does.
 */
export function ensureContrast(
	color: string,
	background: string,
	min = 4.5,
	towards: string = '#000000',
): string {
	const c = parseHex(color);
	const t = parseHex(towards);
	if (!c || !t) return color;
	for (let step = 0; step <= 20; step += 1) {
		const candidate = toHex(mix(c, t, step / 20));
		if (contrastRatio(candidate, background) >= min) return candidate;
	}
	return towards;
}

/** White or near-black: whichever reads better on `background`. */
export function readableTextOn(background: string): string {
	return contrastRatio('#ffffff', background) >= contrastRatio('#111111', background)
		? '#ffffff'
		: '#111111';
}

export interface BrandPalette {
	/** The brand colour as links and accents on the light background (≥ 4.5:1 on white). */
	brand: string;
	/** Text on brand-coloured surfaces. */
	onBrand: string;
	/** Links and accents on the dark background (≥ 4.5:1). */
	brandDark: string;
}

const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#121519';

/** The palette for a brand colour, or undefined when there is none or it is not a hex colour. */
export function brandPalette(primary: string | undefined): BrandPalette | undefined {
	if (!primary || !parseHex(primary)) return undefined;
	const brand = ensureContrast(primary.toLowerCase(), LIGHT_BACKGROUND, 4.5, '#000000');
	return {
		brand,
		onBrand: readableTextOn(brand),
		brandDark: ensureContrast(primary.toLowerCase(), DARK_BACKGROUND, 4.5, '#ffffff'),
	};
}

/** The last colour asked for and its style: every page of a build asks for the same one. */
let lastStyle: { primary: string | undefined; style: string | undefined } | undefined;

/** The CSS custom properties for `<html style>`. */
export function brandStyle(primary: string | undefined): string | undefined {
	if (lastStyle && lastStyle.primary === primary) return lastStyle.style;
	const p = brandPalette(primary);
	const style = p
		? `--brand: ${p.brand}; --on-brand: ${p.onBrand}; --brand-dark: ${p.brandDark}`
		: undefined;
	lastStyle = { primary, style };
	return style;
}
