import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CSP_HEADER,
	CSP_META,
	nginxHeaders,
	SECURITY_HEADERS,
} from '../../src/lib/site/chrome/security-headers.ts';

const directives = (policy: string) =>
	new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));

describe('security headers', () => {
	it('allow scripts only from the site itself: no unsafe-inline, no other host', () => {
		for (const policy of [CSP_META, CSP_HEADER]) {
			const d = directives(policy);
			expect(d.get('default-src')).toBe("'self'");
			const scripts = d.get('script-src')!.split(' ');
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts).not.toContain("'unsafe-eval'");
			expect(policy).not.toMatch(/https?:|\*/);
			expect(d.get('object-src')).toBe("'none'");
		}
		// frame-ancestors only works as a header, and browsers warn about it in a meta tag.
		expect(directives(CSP_HEADER).get('frame-ancestors')).toBe("'none'");
		expect(directives(CSP_META).has('frame-ancestors')).toBe(false);
	});

	it('keep deploy/nginx/security-headers.conf in step with the source', () => {
		expect(
			readFileSync(new URL('../../deploy/nginx/security-headers.conf', import.meta.url), 'utf8'),
		).toBe(nginxHeaders());
		expect(SECURITY_HEADERS.map(([name]) => name)).toEqual(
			expect.arrayContaining([
				'Content-Security-Policy',
				'X-Content-Type-Options',
				'Referrer-Policy',
				'X-Robots-Tag',
			]),
		);
	});
});
